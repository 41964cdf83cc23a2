package org.openbsn.gatewayadapter.endpoint;

import java.io.IOException;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.openbsn.applications.api.ApplicationFunction;
import org.openbsn.applications.api.ApplicationRole;
import org.openbsn.applications.api.CertificateMode;
import org.openbsn.devnet.Devnet;
import org.openbsn.devnet.ledger.ChannelLedger;
import org.openbsn.fabric.msp.NodeOu;
import org.openbsn.gatewayadapter.api.AdmitParticipantCommand;
import org.openbsn.gatewayadapter.api.DefineGatewayApplicationCommand;
import org.openbsn.gatewayadapter.api.GatewayAdministration;
import org.openbsn.gatewayadapter.api.SetGatewayQuotaCommand;
import org.openbsn.gatewayadapter.keys.Pems;
import org.openbsn.gatewayadapter.protocol.GatewayCallers;
import org.openbsn.gatewayadapter.protocol.GatewayEndpoint;
import org.openbsn.gatewayadapter.protocol.GatewayQuotas;
import org.openbsn.gatewayadapter.protocol.GatewayServlet;
import org.openbsn.gatewayadapter.protocol.GatewaySigner;
import org.openbsn.gatewayadapter.protocol.ServedGateway;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway served over a real devnet and PostgreSQL with a public-key-upload application
 * {@code tx…} on channel {@code receipts} and a key-trust one {@code kt…} on {@code receipts-kt}.
 * Participants: {@code admin} (SysAdmin, registered and enrolled user bob), {@code reader} (Reader,
 * user rita) and {@code other} (SysAdmin, no users). Bob and rita enrolled with keys only they hold.
 */
final class UploadGateway implements AutoCloseable {

    final Devnet devnet;
    final ConfigurableApplicationContext context;
    final ServedGateway served;
    final String app;
    final String keyTrustApp;
    final BsnTestClient admin;
    final BsnTestClient reader;
    final BsnTestClient other;
    final KeyPair bobsKey = Pems.newP256KeyPair();
    final X509Certificate bob;
    final KeyPair ritasKey = Pems.newP256KeyPair();
    final X509Certificate rita;
    private final KeyPair gatewayKey = Pems.newP256KeyPair();

    UploadGateway(Path data) {
        devnet = Devnet.start(Devnet.Settings.defaults(data.resolve("devnet")));
        devnet.openChannel("receipts", List.of("Org1MSP"));
        devnet.deployBaseChaincode("receipts", "base");
        devnet.openChannel("receipts-kt", List.of("Org1MSP"));
        devnet.deployBaseChaincode("receipts-kt", "base");
        context = GatewayTestApplication.start(devnet);
        GatewayAdministration administration = context.getBean(GatewayAdministration.class);
        String gatewayCertificate = Pems.of(devnet.organisation("Org1MSP").issue("gateway", NodeOu.CLIENT,
                gatewayKey.getPublic()));
        List<GatewayEndpoint> endpoints = new ArrayList<>(context.getBeansOfType(GatewayEndpoint.class).values());
        served = new ServedGateway(new GatewayServlet(new GatewaySigner(gatewayKey.getPrivate(), gatewayCertificate),
                context.getBean(GatewayCallers.class), context.getBean(GatewayQuotas.class), endpoints, 1 << 20));

        String run = Long.toString(System.nanoTime(), 36);
        app = "tx" + run;
        keyTrustApp = "kt" + run;
        List<ApplicationRole> roles = List.of(ApplicationRole.sysAdminOf(ApplicationFunction.ofBaseChaincode()),
                new ApplicationRole("Reader", List.of("get", "getHistory")));
        administration.define(new DefineGatewayApplicationCommand(app, "Receipts", "receipts", "Org1MSP", "base",
                CertificateMode.PUBLIC_KEY_UPLOAD, ApplicationFunction.ofBaseChaincode(), roles));
        administration.define(new DefineGatewayApplicationCommand(keyTrustApp, "Receipts KT", "receipts-kt", "Org1MSP",
                "base", CertificateMode.KEY_TRUST, ApplicationFunction.ofBaseChaincode(), roles));
        administration.setQuota(new SetGatewayQuotaCommand(app, "openbsn", 500));
        administration.setQuota(new SetGatewayQuotaCommand(keyTrustApp, "openbsn", 500));
        administration.admit(new AdmitParticipantCommand(app, "ADM" + run, List.of(ApplicationRole.SYS_ADMIN)));
        administration.admit(new AdmitParticipantCommand(keyTrustApp, "ADM" + run, List.of(ApplicationRole.SYS_ADMIN)));
        administration.admit(new AdmitParticipantCommand(app, "RDR" + run, List.of("Reader")));
        administration.admit(new AdmitParticipantCommand(app, "OTH" + run, List.of(ApplicationRole.SYS_ADMIN)));
        admin = client("ADM" + run, administration);
        reader = client("RDR" + run, administration);
        other = client("OTH" + run, administration);
        bob = enrol(admin, "bob", bobsKey);
        rita = enrol(reader, "rita", ritasKey);
    }

    private BsnTestClient client(String userCode, GatewayAdministration administration) {
        return new BsnTestClient(served, gatewayKey.getPublic(), userCode, app,
                Pems.privateKey(administration.issueAccessKey(userCode).privateKeyPem()));
    }

    private X509Certificate enrol(BsnTestClient client, String name, KeyPair key) {
        assertSuccess(client.register(name, "s3cret"));
        byte[] der;
        try {
            X500Name subject = new X500Name("CN=" + name + "@" + app + ",OU=client");
            der = new JcaPKCS10CertificationRequestBuilder(subject, key.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withECDSA").build(key.getPrivate())).getEncoded();
        } catch (OperatorCreationException | IOException e) {
            throw new IllegalStateException(e);
        }
        JsonNode enrolled = client.enroll(name, "s3cret", "-----BEGIN CERTIFICATE REQUEST-----\n"
                + Base64.getEncoder().encodeToString(der) + "\n-----END CERTIFICATE REQUEST-----\n");
        assertSuccess(enrolled);
        return Pems.certificate(enrolled.path("body").path("cert").asText());
    }

    ChannelLedger receipts() {
        return devnet.channel("receipts").orElseThrow();
    }

    /** A proposal signed by bob, on the application's channel. */
    BsnProposal bobs(String function, String... args) {
        return new BsnProposal("receipts", bob, bobsKey.getPrivate(), function, args);
    }

    /** A proposal signed by rita, on the application's channel. */
    BsnProposal ritas(String function, String... args) {
        return new BsnProposal("receipts", rita, ritasKey.getPrivate(), function, args);
    }

    /** trans/prepare, the payload signed as {@code signer}, trans/commit: the commit reply. */
    static JsonNode prepareAndCommit(BsnLedgerCalls calls, BsnProposal proposal, KeyPair signer) {
        JsonNode prepared = calls.prepare(proposal.transData());
        assertSuccess(prepared);
        byte[] payload = Base64.getDecoder().decode(prepared.path("body").path("payload").asText());
        byte[] signature = BsnProposal.sign(signer.getPrivate(), payload);
        return calls.commit(proposal.txId(), Base64.getEncoder().encodeToString(signature));
    }

    static String set(String key, String value) {
        return "{\"baseKey\":\"" + key + "\",\"baseValue\":\"" + value + "\"}";
    }

    static void assertSuccess(JsonNode reply) {
        assertThat(reply.path("header").path("code").asInt()).as(reply.toString()).isZero();
    }

    void assertRefused(JsonNode reply, String message) {
        assertThat(reply.path("header").path("code").asInt()).as(reply.toString()).isEqualTo(-1);
        assertThat(reply.path("header").path("msg").asText()).contains(message);
        assertThat(reply.path("body").isNull()).isTrue();
        assertThat(admin.replyVerifies(reply, "")).as("a refusal is signed too").isTrue();
    }

    static List<String> keys(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Override
    public void close() {
        served.close();
        context.close();
        devnet.close();
    }
}
