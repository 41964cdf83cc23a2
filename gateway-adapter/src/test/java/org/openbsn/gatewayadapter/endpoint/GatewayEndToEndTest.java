package org.openbsn.gatewayadapter.endpoint;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbsn.applications.api.ApplicationFunction;
import org.openbsn.applications.api.ApplicationRole;
import org.openbsn.applications.api.CertificateMode;
import org.openbsn.devnet.Devnet;
import org.openbsn.fabric.msp.NodeOu;
import org.openbsn.gatewayadapter.api.*;
import org.openbsn.gatewayadapter.keys.Pems;
import org.openbsn.gatewayadapter.keys.UserSecrets;
import org.openbsn.gatewayadapter.ledger.LedgerClient;
import org.openbsn.gatewayadapter.ledger.LedgerIdentity;
import org.openbsn.gatewayadapter.protocol.GatewayCallers;
import org.openbsn.gatewayadapter.protocol.GatewayEndpoint;
import org.openbsn.gatewayadapter.protocol.GatewayQuotas;
import org.openbsn.gatewayadapter.protocol.GatewayServlet;
import org.openbsn.gatewayadapter.protocol.GatewaySigner;
import org.openbsn.gatewayadapter.protocol.ServedGateway;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The smart gateway end to end: Tomcat serving the gateway's endpoints, the module's beans on the
 * event store in the real PostgreSQL, a real devnet with the base chaincode, and a business system
 * that speaks BSN's protocol from BSN-GATEWAY.md. Key-trust application {@code kt…} runs on channel
 * {@code trace-kt}; public-key-upload application {@code pk…} on {@code trace-pk}.
 */
class GatewayEndToEndTest {

    @TempDir
    static Path data;

    private static Devnet devnet;
    private static ConfigurableApplicationContext context;
    private static ServedGateway served;
    private static GatewayAdministration administration;
    private static String keyTrustApp;
    private static String uploadApp;
    private static BsnTestClient admin;
    private static BsnTestClient reader;
    private static BsnTestClient outsider;
    private static KeyPair gatewayKey;

    @BeforeAll
    static void start() {
        devnet = Devnet.start(Devnet.Settings.defaults(data.resolve("devnet")));
        devnet.openChannel("trace-kt", List.of("Org1MSP"));
        devnet.deployBaseChaincode("trace-kt", "base");
        devnet.openChannel("trace-pk", List.of("Org1MSP"));
        devnet.deployBaseChaincode("trace-pk", "base");
        devnet.openChannel("trace-org2", List.of("Org2MSP"));
        devnet.deployBaseChaincode("trace-org2", "base");
        context = GatewayTestApplication.start(devnet);
        administration = context.getBean(GatewayAdministration.class);

        gatewayKey = Pems.newP256KeyPair();
        String gatewayCertificate = Pems.of(devnet.organisation("Org1MSP").issue("gateway", NodeOu.CLIENT, gatewayKey.getPublic()));
        served = new ServedGateway(new GatewayServlet(new GatewaySigner(gatewayKey.getPrivate(), gatewayCertificate),
                context.getBean(GatewayCallers.class), context.getBean(GatewayQuotas.class), new ArrayList<>(context.getBeansOfType(GatewayEndpoint.class).values()),
                1 << 20));

        String run = Long.toString(System.nanoTime(), 36);
        keyTrustApp = "kt" + run;
        uploadApp = "pk" + run;
        List<ApplicationRole> roles = List.of(ApplicationRole.sysAdminOf(ApplicationFunction.ofBaseChaincode()),
                new ApplicationRole("Reader", List.of("get", "getHistory")));
        administration.define(new DefineGatewayApplicationCommand(keyTrustApp, "Traceability", "trace-kt", "Org1MSP", "base",
                CertificateMode.KEY_TRUST, ApplicationFunction.ofBaseChaincode(), roles));
        administration.define(new DefineGatewayApplicationCommand(uploadApp, "Receipts", "trace-pk", "Org1MSP", "base",
                CertificateMode.PUBLIC_KEY_UPLOAD, ApplicationFunction.ofBaseChaincode(), roles));
        administration.setQuota(new SetGatewayQuotaCommand(keyTrustApp, "openbsn", 500));
        administration.setQuota(new SetGatewayQuotaCommand(uploadApp, "openbsn", 500));
        String adminCode = "ADM" + run;
        String readerCode = "RDR" + run;
        administration.admit(new AdmitParticipantCommand(keyTrustApp, adminCode, List.of(ApplicationRole.SYS_ADMIN)));
        administration.admit(new AdmitParticipantCommand(uploadApp, adminCode, List.of(ApplicationRole.SYS_ADMIN)));
        administration.admit(new AdmitParticipantCommand(keyTrustApp, readerCode, List.of("Reader")));
        admin = client(adminCode, keyTrustApp, administration.issueAccessKey(adminCode));
        reader = client(readerCode, keyTrustApp, administration.issueAccessKey(readerCode));
        // an application on a channel whose only member is Org2MSP, while the gateway certifies its users in Org1MSP
        String org2App = "o2" + run;
        administration.define(new DefineGatewayApplicationCommand(org2App, "Elsewhere", "trace-org2", "Org2MSP", "base",
                CertificateMode.KEY_TRUST, ApplicationFunction.ofBaseChaincode(), roles));
        administration.setQuota(new SetGatewayQuotaCommand(org2App, "openbsn", 500));
        String outsiderCode = "OUT" + run;
        administration.admit(new AdmitParticipantCommand(org2App, outsiderCode, List.of(ApplicationRole.SYS_ADMIN)));
        outsider = client(outsiderCode, org2App, administration.issueAccessKey(outsiderCode));
    }

    private static BsnTestClient client(String userCode, String appCode, HostedAccessKey key) {
        return new BsnTestClient(served, gatewayKey.getPublic(), userCode, appCode, Pems.privateKey(key.privateKeyPem()));
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
        if (context != null) {
            context.close();
        }
        devnet.close();
    }

    private static void assertSuccess(JsonNode reply) {
        assertThat(reply.path("header").path("code").asInt()).as(reply.toString()).isZero();
        assertThat(reply.path("header").path("msg").asText()).isEqualTo("success");
    }

    private static void assertRefused(BsnTestClient client, JsonNode reply, String message) {
        assertThat(reply.path("header").path("code").asInt()).as(reply.toString()).isEqualTo(-1);
        assertThat(reply.path("header").path("msg").asText()).contains(message);
        assertThat(reply.path("body").isNull()).isTrue();
        assertThat(client.replyVerifies(reply, "")).as("a refusal is signed too").isTrue();
    }

    private static List<String> keys(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void getAppInfoAnswersAMemberWithTheApplicationsSettingsInTheSdksKeyOrder() {
        JsonNode reply = admin.getAppInfo();

        assertSuccess(reply);
        JsonNode body = reply.path("body");
        assertThat(keys(body)).containsExactly("appName", "appType", "caType", "algorithmType", "mspId", "channelId",
                "fabricVersion");
        assertThat(body.path("appName").asText()).isEqualTo("Traceability");
        assertThat(body.path("caType").isInt()).isTrue();
        assertThat(body.path("caType").asInt()).isEqualTo(1);
        assertThat(body.path("algorithmType").asInt()).isEqualTo(2);
        assertThat(body.path("mspId").asText()).isEqualTo("Org1MSP");
        assertThat(body.path("channelId").asText()).isEqualTo("trace-kt");
        assertThat(admin.replyVerifies(reply, "Traceability" + "fabric" + 1 + 2 + "Org1MSP" + "trace-kt")).isTrue();

        assertRefused(admin, admin.as("NOBODY", keyTrustApp, null).getAppInfo(),
                "user NOBODY is not a member of application " + keyTrustApp);
    }

    private static void assertCommitted(BsnTestClient client, JsonNode reply, String ccData) {
        assertSuccess(reply);
        JsonNode body = reply.path("body");
        assertThat(keys(body)).containsExactly("blockInfo", "ccRes");
        assertThat(keys(body.path("blockInfo"))).containsExactly("txId", "blockHash", "status");
        assertThat(keys(body.path("ccRes"))).containsExactly("ccCode", "ccData");
        assertThat(body.path("blockInfo").path("txId").asText()).matches("[0-9a-f]{64}");
        assertThat(body.path("blockInfo").path("status").isInt()).isTrue();
        assertThat(body.path("blockInfo").path("status").asInt()).isZero();
        assertThat(body.path("ccRes").path("ccCode").asInt()).isEqualTo(200);
        assertThat(body.path("ccRes").path("ccData").asText()).contains(ccData);
        assertThat(client.replyVerifies(reply, BsnTestClient.valuesInOrder(body)))
                .as("the mac covers txId+blockHash+status+ccCode+ccData").isTrue();
    }

    @Test
    void callsBeyondThePurchasedTpsAreRefusedAtOnceAndAnApplicationWithoutCapacityHereIsRefused() {
        String app = "tps" + Long.toString(System.nanoTime(), 36);
        administration.define(new DefineGatewayApplicationCommand(app, "Metered", "trace-kt", "Org1MSP", "base",
                CertificateMode.KEY_TRUST, ApplicationFunction.ofBaseChaincode(), List.of(ApplicationRole.sysAdminOf(ApplicationFunction.ofBaseChaincode()))));
        administration.admit(new AdmitParticipantCommand(app, admin.userCode, List.of(ApplicationRole.SYS_ADMIN)));
        BsnTestClient metered = admin.as(admin.userCode, app, admin.accessKey());
        assertRefused(metered, metered.reqChainCode("", "get", "lot-q"),
                "application " + app + " has no TPS purchased on city node openbsn");
        assertSuccess(metered.getAppInfo());

        administration.setQuota(new SetGatewayQuotaCommand(app, "shanghai", 100));
        administration.setQuota(new SetGatewayQuotaCommand(app, "openbsn", 1));
        // one token a second: well before 20 calls have been answered, one finds the bucket empty
        JsonNode refused = null;
        int answered = 0;
        while (refused == null && answered < 20) {
            JsonNode reply = metered.reqChainCode("", "get", "lot-q");
            answered++;
            if (reply.path("header").path("code").asInt() == -1) {
                refused = reply;
            }
        }
        assertThat(refused).as("a call over 1 TPS among " + answered).isNotNull();
        assertRefused(metered, refused, "application " + app + " is over its purchased 1 TPS on city node openbsn; retry in ");
    }

    @Test
    void aRegisteredKeyTrustUserSetsAndGetsAValueSignedAsItself() {
        JsonNode registered = admin.register("alice", "");
        assertSuccess(registered);
        assertThat(keys(registered.path("body"))).containsExactly("name", "secret");
        String secret = registered.path("body").path("secret").asText();
        assertThat(secret).hasSizeGreaterThanOrEqualTo(16);
        assertThat(admin.replyVerifies(registered, "alice" + secret)).isTrue();

        JsonNode set = admin.reqChainCode("alice", "set", "{\"baseKey\":\"lot-1\",\"baseValue\":\"harvested\"}");
        assertCommitted(admin, set, "SUCCESS");
        JsonNode get = admin.reqChainCode("alice", "get", "lot-1");
        assertCommitted(admin, get, "\"baseValue\":\"harvested\"");

        String txId = set.path("body").path("blockInfo").path("txId").asText();
        JsonNode history = admin.reqChainCode("alice", "getHistory", "lot-1");
        assertCommitted(admin, history, txId);
        assertThat(auditedCalls(txId)).singleElement().asString()
                .contains("\"userName\":\"alice\"", "\"function\":\"set\"", "\"allowed\":true");
    }

    @Test
    void withoutAUserNameTheParticipantsOwnIdentitySigns() {
        assertCommitted(admin, admin.reqChainCode("", "set", "{\"baseKey\":\"lot-2\",\"baseValue\":\"packed\"}"), "SUCCESS");
        assertCommitted(admin, admin.reqChainCode("", "get", "lot-2"), "packed");
    }

    @Test
    void aRoleWithoutSetIsDeniedNamingTheRoleAndTheFunctionAndTheDenialIsAudited() {
        JsonNode denied = reader.reqChainCode("", "set", "{\"baseKey\":\"lot-3\",\"baseValue\":\"forged\"}");
        assertRefused(reader, denied, "role Reader of user " + reader.userCode + " in application " + keyTrustApp
                + " does not include function set");
        assertThat(auditedDenials(reader.userCode)).singleElement().asString().contains("\"function\":\"set\"");

        assertRefused(reader, reader.reqChainCode("", "transfer", "x"), "application " + keyTrustApp + " has no function transfer");
        JsonNode read = reader.reqChainCode("", "get", "lot-3");
        assertSuccess(read);
        assertThat(read.path("body").path("ccRes").path("ccCode").asInt()).as("the chaincode's own refusal").isEqualTo(500);
        assertThat(read.path("body").path("ccRes").path("ccData").asText()).isEqualTo("The key 'lot-3' does not exist");
        assertThat(reader.replyVerifies(read, BsnTestClient.valuesInOrder(read.path("body")))).isTrue();
    }

    @Test
    void aSetOfAKeyThatExistsCarriesTheChaincodesOwnRefusal() {
        assertCommitted(admin, admin.reqChainCode("", "set", "{\"baseKey\":\"lot-9\",\"baseValue\":\"first\"}"), "SUCCESS");
        JsonNode again = admin.reqChainCode("", "set", "{\"baseKey\":\"lot-9\",\"baseValue\":\"second\"}");
        assertSuccess(again);
        assertThat(again.path("body").path("ccRes").path("ccCode").asInt()).as("the chaincode's own refusal").isEqualTo(500);
        assertThat(again.path("body").path("ccRes").path("ccData").asText()).startsWith("The key 'lot-9' already exists");
        assertCommitted(admin, admin.reqChainCode("", "get", "lot-9"), "first");
    }

    @Test
    void anIdentityTheChannelDoesNotAcceptIsRefusedAsSuchNotAsAnUnreachablePeer() {
        JsonNode refused = outsider.reqChainCode("", "get", "lot-1");
        assertRefused(outsider, refused, "the application's channel refused the identity that signed the call: error"
                + " validating proposal: access denied: channel [trace-org2] creator org unknown");
        assertThat(refused.path("header").path("msg").asText()).doesNotContain("could not be reached");
    }

    @Test
    void aReplayedCallIsRefusedAndRunsOnlyOnce() {
        String call = admin.reqChainCodeBody("", "set", List.of("{\"baseKey\":\"lot-4\",\"baseValue\":\"once\"}"),
                Map.of("note", "private"));
        assertCommitted(admin, admin.post("/api/fabric/v1/node/reqChainCode", call), "SUCCESS");
        assertRefused(admin, admin.post("/api/fabric/v1/node/reqChainCode", call), "was already used by user " + admin.userCode);
    }

    @Test
    void anUnknownApplicationAndABadMacAreRefused() {
        assertRefused(admin, admin.as(admin.userCode, "nosuchapp", null).getAppInfo(), "unknown application nosuchapp");
        BsnTestClient stranger = admin.as(admin.userCode, "nosuchapp", Pems.newP256KeyPair().getPrivate());
        assertRefused(admin, stranger.reqChainCode("", "get", "lot-1"), "unknown application nosuchapp");
        BsnTestClient forger = admin.as(admin.userCode, keyTrustApp, Pems.newP256KeyPair().getPrivate());
        assertRefused(admin, forger.reqChainCode("", "get", "lot-1"), "mac does not verify with the access key of user "
                + admin.userCode);
        assertRefused(admin, forger.register("eve", "x"), "mac does not verify");
        assertThatThrownBy(() -> administration.admit(new AdmitParticipantCommand("nosuchapp", "U1", List.of())))
                .hasMessage("unknown application nosuchapp");
    }

    @Test
    void aDuplicateUserNameIsRefusedAndChangesNothing() {
        assertSuccess(admin.register("carol", "first"));
        assertRefused(admin, admin.register("carol", "second"),
                "user name carol is already registered in application " + keyTrustApp);
        assertRefused(admin, admin.register("carol@" + keyTrustApp, "x"), "must match");
        assertThat(context.getBean(UserSecrets.class).matches(keyTrustApp, "carol", "first"))
                .isTrue();
        assertThat(audited(keyTrustApp, RegisterUserEndpoint.PATH)).filteredOn(call -> call.contains("\"userName\":\"carol\""))
                .extracting(call -> call.contains("\"allowed\":true")).containsExactlyInAnyOrder(true, false);
        assertThat(audited(keyTrustApp, RegisterUserEndpoint.PATH)).noneMatch(call -> call.contains("second"));
    }

    /** A PKCS#10 request as the Java SDK writes it: one unwrapped Base64 line between the armour lines. */
    private static String csr(String subject, KeyPair subjectKey, KeyPair signingKey) throws Exception {
        byte[] der = new JcaPKCS10CertificationRequestBuilder(
                new X500Name(subject), subjectKey.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withECDSA")
                        .build(signingKey.getPrivate())).getEncoded();
        return "-----BEGIN CERTIFICATE REQUEST-----\n" + Base64.getEncoder().encodeToString(der)
                + "\n-----END CERTIFICATE REQUEST-----\n";
    }

    @Test
    void aPublicKeyUploadUserEnrolsWithItsOwnKeyAndTheCertificateWorksOnTheLedger() throws Exception {
        BsnTestClient publisher = admin.as(admin.userCode, uploadApp, admin.accessKey());
        assertThat(publisher.getAppInfo().path("body").path("caType").asInt()).isEqualTo(2);
        assertSuccess(publisher.register("bob", "s3cret"));
        KeyPair bobsKey = Pems.newP256KeyPair();

        JsonNode enrolled = publisher.enroll("bob", "s3cret", csr("CN=bob@" + uploadApp + ",OU=client,O=Bsn", bobsKey, bobsKey));
        assertSuccess(enrolled);
        assertThat(keys(enrolled.path("body"))).containsExactly("cert");
        String pem = enrolled.path("body").path("cert").asText();
        assertThat(pem).startsWith("-----BEGIN CERTIFICATE-----");
        assertThat(publisher.replyVerifies(enrolled, pem)).isTrue();
        X509Certificate certificate = Pems.certificate(pem);
        assertThat(certificate.getPublicKey()).isEqualTo(bobsKey.getPublic());
        assertThat(certificate.getSubjectX500Principal().getName()).contains("CN=bob@" + uploadApp, "OU=client");
        assertThat(administration.user(uploadApp, "bob")).get().extracting(GatewayUserView::certificatePem).isEqualTo(pem);

        LedgerIdentity bob = new LedgerIdentity("Org1MSP", certificate, bobsKey.getPrivate());
        LedgerClient ledger = context.getBean(LedgerClient.class);
        ledger.submit(bob, "trace-pk", "base", "set", "{\"baseKey\":\"r-1\",\"baseValue\":\"signed by bob\"}");
        assertThat(new String(ledger.evaluate(bob, "trace-pk", "base", "get", "r-1"), StandardCharsets.UTF_8))
                .contains("signed by bob");
        assertRefused(publisher, publisher.reqChainCode("bob", "get", "r-1"), "reqChainCode signs for key-trust applications");
        assertThat(audited(uploadApp, EnrollUserEndpoint.PATH)).anySatisfy(call -> assertThat(call)
                .contains("\"userName\":\"bob\"", "\"allowed\":true", "enrolled user bob"));
    }

    @Test
    void anEnrolmentWithTheWrongNameSignatureOrSecretIsRefusedAndChangesNothing() throws Exception {
        BsnTestClient publisher = admin.as(admin.userCode, uploadApp, admin.accessKey());
        assertSuccess(publisher.register("dave", "s3cret"));
        KeyPair davesKey = Pems.newP256KeyPair();

        assertRefused(publisher, publisher.enroll("dave", "s3cret", csr("CN=mallory@" + uploadApp, davesKey, davesKey)),
                "csrPem: the request's CN is mallory@" + uploadApp + ", but it must be dave@" + uploadApp);
        assertRefused(publisher, publisher.enroll("dave", "s3cret",
                        csr("CN=dave@" + uploadApp, davesKey, Pems.newP256KeyPair())),
                "csrPem: the request's signature does not verify with its own public key");
        assertRefused(publisher, publisher.enroll("dave", "wrong", csr("CN=dave@" + uploadApp, davesKey, davesKey)),
                "the secret of user name dave is wrong");
        assertRefused(publisher, publisher.enroll("erin", "s3cret", csr("CN=erin@" + uploadApp, davesKey, davesKey)),
                "user name erin is not registered in application " + uploadApp);
        assertRefused(publisher, publisher.enroll("dave", "s3cret", "not a request"), "csrPem is not a PEM certificate request");
        assertThat(administration.user(uploadApp, "dave")).get().extracting(GatewayUserView::enrolled).isEqualTo(false);

        assertRefused(admin, admin.enroll("alice", "x", csr("CN=alice@" + keyTrustApp, davesKey, davesKey)),
                "user/enroll is for public-key-upload applications; application " + keyTrustApp + " uses key trust");
    }

    private static List<String> auditedCalls(String txId) {
        return AuditedCalls.containing(txId);
    }

    private static List<String> audited(String appCode, String path) {
        return AuditedCalls.containing("\"appCode\":\"" + appCode + "\"", "\"path\":\"" + path + "\"");
    }

    private static List<String> auditedDenials(String userCode) {
        return AuditedCalls.containing(userCode, "\"allowed\":false");
    }
}
