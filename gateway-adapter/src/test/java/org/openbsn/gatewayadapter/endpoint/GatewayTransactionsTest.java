package org.openbsn.gatewayadapter.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.Envelope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbsn.devnet.Devnet;
import org.openbsn.devnet.ledger.BlockHashing;
import org.openbsn.devnet.ledger.ChannelLedger;
import org.openbsn.devnet.msp.NodeOu;
import org.openbsn.devnet.msp.OrganisationCa;
import org.openbsn.gatewayadapter.api.AdmitParticipantCommand;
import org.openbsn.gatewayadapter.api.CertificateMode;
import org.openbsn.gatewayadapter.api.DefineGatewayApplicationCommand;
import org.openbsn.gatewayadapter.api.GatewayAdministration;
import org.openbsn.gatewayadapter.api.GatewayFunction;
import org.openbsn.gatewayadapter.api.GatewayRole;
import org.openbsn.gatewayadapter.keys.Pems;
import org.openbsn.gatewayadapter.protocol.GatewayCallers;
import org.openbsn.gatewayadapter.protocol.GatewayEndpoint;
import org.openbsn.gatewayadapter.protocol.GatewayServlet;
import org.openbsn.gatewayadapter.protocol.GatewaySigner;
import org.openbsn.gatewayadapter.protocol.ServedGateway;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Public-key-upload users through the gateway, end to end: they sign their own proposals as BSN's
 * Java SDK does, query through node/trans, invoke through trans/prepare and trans/commit, and read
 * the ledger (getTransaction, getTransdata, getBlockInfo, getBlockData, getLedgerInfo), checked
 * against what devnet itself holds. Application {@code tx…} runs on channel {@code receipts}.
 */
class GatewayTransactionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path data;

    private static Devnet devnet;
    private static ConfigurableApplicationContext context;
    private static ServedGateway served;
    private static String app;
    private static String keyTrustApp;
    private static BsnTestClient admin;
    private static BsnTestClient reader;
    private static BsnTestClient other;
    private static KeyPair gatewayKey;
    private static KeyPair bobsKey;
    private static X509Certificate bob;
    private static KeyPair ritasKey;
    private static X509Certificate rita;

    @BeforeAll
    static void start() throws Exception {
        devnet = Devnet.start(Devnet.Settings.defaults(data.resolve("devnet")));
        devnet.openChannel("receipts", List.of("Org1MSP"));
        devnet.deployBaseChaincode("receipts", "base");
        devnet.openChannel("receipts-kt", List.of("Org1MSP"));
        devnet.deployBaseChaincode("receipts-kt", "base");
        context = GatewayTestApplication.start(devnet, "a transactions test secret of some length");
        GatewayAdministration administration = context.getBean(GatewayAdministration.class);
        gatewayKey = Pems.newP256KeyPair();
        String gatewayCertificate = Pems.of(devnet.organisation("Org1MSP").issue("gateway", NodeOu.CLIENT, gatewayKey.getPublic()));
        served = new ServedGateway(new GatewayServlet(new GatewaySigner(gatewayKey.getPrivate(), gatewayCertificate),
                context.getBean(GatewayCallers.class), new ArrayList<>(context.getBeansOfType(GatewayEndpoint.class).values()),
                1 << 20));

        String run = Long.toString(System.nanoTime(), 36);
        app = "tx" + run;
        keyTrustApp = "kt" + run;
        List<GatewayRole> roles = List.of(GatewayRole.sysAdminOf(GatewayFunction.ofBaseChaincode()),
                new GatewayRole("Reader", List.of("get", "getHistory")));
        administration.define(new DefineGatewayApplicationCommand(app, "Receipts", "receipts", "Org1MSP", "base",
                CertificateMode.PUBLIC_KEY_UPLOAD, GatewayFunction.ofBaseChaincode(), roles));
        administration.define(new DefineGatewayApplicationCommand(keyTrustApp, "Receipts KT", "receipts-kt", "Org1MSP", "base",
                CertificateMode.KEY_TRUST, GatewayFunction.ofBaseChaincode(), roles));
        String adminCode = "ADM" + run;
        String readerCode = "RDR" + run;
        String otherCode = "OTH" + run;
        administration.admit(new AdmitParticipantCommand(app, adminCode, List.of(GatewayRole.SYS_ADMIN)));
        administration.admit(new AdmitParticipantCommand(keyTrustApp, adminCode, List.of(GatewayRole.SYS_ADMIN)));
        administration.admit(new AdmitParticipantCommand(app, readerCode, List.of("Reader")));
        administration.admit(new AdmitParticipantCommand(app, otherCode, List.of(GatewayRole.SYS_ADMIN)));
        admin = client(adminCode, administration);
        reader = client(readerCode, administration);
        other = client(otherCode, administration);
        bobsKey = Pems.newP256KeyPair();
        bob = enrol(admin, "bob", bobsKey);
        ritasKey = Pems.newP256KeyPair();
        rita = enrol(reader, "rita", ritasKey);
    }

    private static BsnTestClient client(String userCode, GatewayAdministration administration) {
        return new BsnTestClient(served, gatewayKey.getPublic(), userCode, app,
                Pems.privateKey(administration.issueAccessKey(userCode).privateKeyPem()));
    }

    private static X509Certificate enrol(BsnTestClient client, String name, KeyPair key) throws Exception {
        assertSuccess(client.register(name, "s3cret"));
        byte[] der = new JcaPKCS10CertificationRequestBuilder(new X500Name("CN=" + name + "@" + app + ",OU=client"),
                key.getPublic()).build(new JcaContentSignerBuilder("SHA256withECDSA").build(key.getPrivate())).getEncoded();
        JsonNode enrolled = client.enroll(name, "s3cret", "-----BEGIN CERTIFICATE REQUEST-----\n"
                + Base64.getEncoder().encodeToString(der) + "\n-----END CERTIFICATE REQUEST-----\n");
        assertSuccess(enrolled);
        return Pems.certificate(enrolled.path("body").path("cert").asText());
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

    static void assertSuccess(JsonNode reply) {
        assertThat(reply.path("header").path("code").asInt()).as(reply.toString()).isZero();
    }

    static void assertRefused(JsonNode reply, String message) {
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

    private static BsnProposal bobs(String function, String... args) {
        return new BsnProposal("receipts", bob, bobsKey.getPrivate(), function, args);
    }

    private static String set(String key, String value) {
        return "{\"baseKey\":\"" + key + "\",\"baseValue\":\"" + value + "\"}";
    }

    /** prepare, sign the payload as bob, commit: the commit reply. */
    static JsonNode prepareAndCommit(BsnLedgerCalls calls, BsnProposal proposal, KeyPair signer) {
        JsonNode prepared = calls.prepare(proposal.transData());
        assertSuccess(prepared);
        byte[] payload = Base64.getDecoder().decode(prepared.path("body").path("payload").asText());
        String signature = Base64.getEncoder().encodeToString(BsnProposal.sign(signer.getPrivate(), payload));
        return calls.commit(proposal.txId(), signature);
    }

    @Test
    void anInvokeIsPreparedSignedByItsCreatorCommittedOnceAndReadBackThroughTrans() {
        BsnLedgerCalls calls = new BsnLedgerCalls(admin);
        BsnProposal proposal = bobs("set", set("receipt-1", "paid by bob"));

        JsonNode prepared = calls.prepare(proposal.transData());
        assertSuccess(prepared);
        JsonNode body = prepared.path("body");
        assertThat(keys(body)).containsExactly("txId", "ccRes", "payload");
        assertThat(body.path("txId").asText()).isEqualTo(proposal.txId());
        assertThat(body.path("ccRes").path("ccCode").asInt()).isEqualTo(200);
        assertThat(admin.replyVerifies(prepared, proposal.txId() + 200 + body.path("ccRes").path("ccData").asText()
                + body.path("payload").asText())).as("mac over txId+ccCode+ccData+payload").isTrue();
        assertThat(devnet.channel("receipts").orElseThrow().knows(proposal.txId())).as("nothing ordered yet").isFalse();

        byte[] payload = Base64.getDecoder().decode(body.path("payload").asText());
        String signature = Base64.getEncoder().encodeToString(BsnProposal.sign(bobsKey.getPrivate(), payload));
        JsonNode committed = calls.commit(proposal.txId(), signature);
        assertSuccess(committed);
        JsonNode blockInfo = committed.path("body").path("blockInfo");
        assertThat(keys(committed.path("body"))).containsExactly("blockInfo", "ccRes");
        assertThat(blockInfo.path("txId").asText()).isEqualTo(proposal.txId());
        assertThat(blockInfo.path("status").isInt()).isTrue();
        assertThat(blockInfo.path("status").asInt()).isZero();
        assertThat(admin.replyVerifies(committed, BsnTestClient.valuesInOrder(committed.path("body")))).isTrue();
        ChannelLedger ledger = devnet.channel("receipts").orElseThrow();
        Block block = ledger.blockOfTransaction(proposal.txId()).orElseThrow();
        assertThat(blockInfo.path("blockHash").asText())
                .isEqualTo(HexFormat.of().formatHex(BlockHashing.headerHash(block.getHeader())));

        JsonNode read = calls.trans(bobs("get", "receipt-1").transData());
        assertSuccess(read);
        assertThat(read.path("body").path("ccRes").path("ccData").asText()).contains("paid by bob");
        assertThat(read.path("body").path("blockInfo").path("blockHash").asText()).isEmpty();
        assertThat(admin.replyVerifies(read, BsnTestClient.valuesInOrder(read.path("body")))).isTrue();

        assertRefused(calls.commit(proposal.txId(), signature), "transaction " + proposal.txId()
                + " was already committed in block " + block.getHeader().getNumber());
    }

    @Test
    void aQueryThroughTransReportsTheChaincodesRefusalAsCcCode500() {
        JsonNode read = new BsnLedgerCalls(reader).trans(new BsnProposal("receipts", rita, ritasKey.getPrivate(), "get",
                "no-such-receipt").transData());
        assertSuccess(read);
        assertThat(read.path("body").path("ccRes").path("ccCode").asInt()).isEqualTo(500);
        assertThat(read.path("body").path("ccRes").path("ccData").asText()).contains("no-such-receipt");
    }

    @Test
    void anInvokeInOneStepIsRefusedNamingTheTwoStepsAndNothingIsOrdered() {
        BsnProposal proposal = bobs("set", set("receipt-2", "single step"));
        assertRefused(new BsnLedgerCalls(admin).trans(proposal.transData()),
                "/api/fabric/v1/node/trans/prepare");
        JsonNode again = new BsnLedgerCalls(admin).trans(proposal.transData());
        assertThat(again.path("header").path("msg").asText()).contains("/api/fabric/v1/node/trans/commit", "key-trust");
        assertThat(devnet.channel("receipts").orElseThrow().knows(proposal.txId())).isFalse();
    }

    @Test
    void proposalsThatAreNotWhatTheySayAreRefusedNamingTheProblem() {
        BsnLedgerCalls calls = new BsnLedgerCalls(admin);
        assertRefused(calls.trans("%%% not base64"), "body.transData is not Base64");
        assertRefused(calls.trans(Base64.getEncoder().encodeToString("hello, gateway".getBytes())),
                "body.transData is not a serialised peer.SignedProposal");

        BsnProposal wrongChannel = bobs("get", "receipt-1");
        wrongChannel.channelId = "receipts-kt";
        assertRefused(calls.trans(wrongChannel.transData()),
                "the proposal's channel_id is receipts-kt, but application " + app + " runs on channel receipts");

        BsnProposal wrongTxId = bobs("get", "receipt-1");
        wrongTxId.txIdOverride = "00".repeat(32);
        assertRefused(calls.trans(wrongTxId.transData()), "the proposal's tx_id " + "00".repeat(32)
                + " is not SHA-256(nonce + creator)");

        BsnProposal forged = new BsnProposal("receipts", bob, Pems.newP256KeyPair().getPrivate(), "get", "receipt-1");
        assertRefused(calls.trans(forged.transData()), "the proposal's signature does not verify with its creator's certificate");

        KeyPair strangersKey = Pems.newP256KeyPair();
        X509Certificate fromAnotherCa = OrganisationCa.create("Org1MSP", "elsewhere.example.com")
                .issue("bob@" + app, NodeOu.CLIENT, strangersKey.getPublic());
        assertRefused(calls.trans(new BsnProposal("receipts", fromAnotherCa, strangersKey.getPrivate(), "get", "receipt-1")
                .transData()), "was not issued by the CA of MSP Org1MSP");

        assertRefused(new BsnLedgerCalls(other).trans(bobs("get", "receipt-1").transData()),
                "the proposal's creator bob@" + app + " was registered by another participant, not by " + other.userCode);
    }

    @Test
    void aRoleWithoutTheFunctionIsDeniedNamingRoleAndFunction() {
        BsnProposal ritasSet = new BsnProposal("receipts", rita, ritasKey.getPrivate(), "set", set("receipt-3", "forged"));
        assertRefused(new BsnLedgerCalls(reader).prepare(ritasSet.transData()),
                "role Reader of user " + reader.userCode + " in application " + app + " does not include function set");
        assertRefused(new BsnLedgerCalls(reader).trans(new BsnProposal("receipts", rita, ritasKey.getPrivate(), "transfer", "x")
                .transData()), "application " + app + " has no function that runs chaincode function transfer");
    }

    @Test
    void aCommitWithAWrongSignatureOrAnUnknownTxIdIsRefusedAndChangesNothing() {
        BsnLedgerCalls calls = new BsnLedgerCalls(admin);
        BsnProposal proposal = bobs("set", set("receipt-4", "signed by someone else"));
        JsonNode prepared = calls.prepare(proposal.transData());
        assertSuccess(prepared);
        byte[] payload = Base64.getDecoder().decode(prepared.path("body").path("payload").asText());

        String wrong = Base64.getEncoder().encodeToString(BsnProposal.sign(Pems.newP256KeyPair().getPrivate(), payload));
        assertRefused(calls.commit(proposal.txId(), wrong), "body.signature does not verify over the payload of transaction "
                + proposal.txId() + " with the certificate of bob@" + app);
        assertThat(devnet.channel("receipts").orElseThrow().knows(proposal.txId())).isFalse();
        assertRefused(calls.commit("ab".repeat(32), wrong), "transaction " + "ab".repeat(32) + " was not prepared by user "
                + admin.userCode);
        assertRefused(new BsnLedgerCalls(other).commit(proposal.txId(), wrong), "was not prepared by user " + other.userCode);

        String right = Base64.getEncoder().encodeToString(BsnProposal.sign(bobsKey.getPrivate(), payload));
        assertSuccess(calls.commit(proposal.txId(), right));
    }

    @Test
    void theLedgerReadsAgreeWithDevnetAndTheHashesChain() throws Exception {
        BsnLedgerCalls calls = new BsnLedgerCalls(reader);
        BsnProposal proposal = bobs("set", set("receipt-5", "for the auditors"));
        assertSuccess(prepareAndCommit(new BsnLedgerCalls(admin), proposal, bobsKey));
        ChannelLedger ledger = devnet.channel("receipts").orElseThrow();
        Block block = ledger.blockOfTransaction(proposal.txId()).orElseThrow();
        long number = block.getHeader().getNumber();
        String hash = HexFormat.of().formatHex(BlockHashing.headerHash(block.getHeader()));

        JsonNode tx = calls.getTransaction(proposal.txId());
        assertSuccess(tx);
        assertThat(keys(tx.path("body"))).containsExactly("blockHash", "blockNumber", "status", "createName", "timeSpanSec",
                "timeSpanNsec");
        assertThat(tx.path("body").path("blockHash").asText()).isEqualTo(hash);
        assertThat(tx.path("body").path("blockNumber").isIntegralNumber()).isTrue();
        assertThat(tx.path("body").path("blockNumber").asLong()).isEqualTo(number);
        assertThat(tx.path("body").path("status").asInt()).isZero();
        assertThat(tx.path("body").path("createName").asText()).isEqualTo("bob@" + app);
        long now = System.currentTimeMillis() / 1000;
        assertThat(tx.path("body").path("timeSpanSec").asLong()).as("the proposal's time").isBetween(now - 600, now);
        assertThat(reader.replyVerifies(tx, BsnTestClient.valuesInOrder(tx.path("body")))).isTrue();

        JsonNode byTx = calls.getBlockInfo(0, "", proposal.txId());
        assertSuccess(byTx);
        JsonNode info = byTx.path("body");
        assertThat(keys(info)).containsExactly("blockHash", "blockNumber", "preBlockHash", "blockSize", "blockTxCount",
                "transactions");
        assertThat(info.path("blockHash").asText()).isEqualTo(hash);
        assertThat(info.path("preBlockHash").asText()).isEqualTo(HexFormat.of().formatHex(block.getHeader().getPreviousHash()
                .toByteArray()));
        assertThat(info.path("blockTxCount").asInt()).isEqualTo(block.getData().getDataCount());
        assertThat(info.path("transactions").findValuesAsText("txId")).contains(proposal.txId());
        assertThat(keys(info.path("transactions").get(0))).containsExactly("txId", "status", "createName", "timeSpanSec",
                "timeSpanNsec");
        assertThat(reader.replyVerifies(byTx, BsnTestClient.valuesInOrder(info))).isTrue();
        assertThat(calls.getBlockInfo(number, "", "").path("body")).isEqualTo(info);
        assertThat(calls.getBlockInfo(0, hash, "").path("body")).isEqualTo(info);
        JsonNode previous = calls.getBlockInfo(number - 1, "", "").path("body");
        assertThat(previous.path("blockHash").asText()).as("the hashes chain").isEqualTo(info.path("preBlockHash").asText());

        JsonNode ledgerInfo = calls.getLedgerInfo();
        assertSuccess(ledgerInfo);
        assertThat(keys(ledgerInfo.path("body"))).containsExactly("blockHash", "height", "preBlockHash");
        long height = ledgerInfo.path("body").path("height").asLong();
        assertThat(height).isGreaterThan(number).isEqualTo(ledger.height());
        assertThat(ledgerInfo.path("body").path("blockHash").asText())
                .isEqualTo(calls.getBlockInfo(height - 1, "", "").path("body").path("blockHash").asText());
        assertThat(ledgerInfo.path("body").path("preBlockHash").asText())
                .isEqualTo(calls.getBlockInfo(height - 2, "", "").path("body").path("blockHash").asText());
        assertThat(reader.replyVerifies(ledgerInfo, BsnTestClient.valuesInOrder(ledgerInfo.path("body")))).isTrue();

        JsonNode raw = calls.getTransdata(proposal.txId(), "protobuf");
        assertSuccess(raw);
        assertThat(keys(raw.path("body"))).containsExactly("txId", "transData");
        Envelope envelope = Envelope.parseFrom(Base64.getDecoder().decode(raw.path("body").path("transData").asText()));
        assertThat(envelope).isEqualTo(ledger.transaction(proposal.txId()).orElseThrow().getTransactionEnvelope());
        assertThat(reader.replyVerifies(raw, BsnTestClient.valuesInOrder(raw.path("body")))).isTrue();
        JsonNode readable = JSON.readTree(calls.getTransdata(proposal.txId(), "json").path("body").path("transData").asText());
        assertThat(readable.path("txId").asText()).isEqualTo(proposal.txId());
        assertThat(readable.path("creator").path("name").asText()).isEqualTo("bob@" + app);
        assertThat(readable.path("actions").get(0).path("args").get(0).asText()).isEqualTo("set");
        assertThat(readable.path("actions").get(0).path("writes").toString()).contains("receipt-5", "for the auditors");

        JsonNode blockData = calls.getBlockData(number, "", "", "");
        assertSuccess(blockData);
        assertThat(keys(blockData.path("body"))).containsExactly("blockHash", "blockNumber", "preBlockHash", "blockData");
        assertThat(Block.parseFrom(Base64.getDecoder().decode(blockData.path("body").path("blockData").asText())))
                .isEqualTo(ledger.block(number));
        assertThat(reader.replyVerifies(blockData, BsnTestClient.valuesInOrder(blockData.path("body")))).isTrue();
        JsonNode blockJson = JSON.readTree(calls.getBlockData(0, "", proposal.txId(), "json").path("body")
                .path("blockData").asText());
        assertThat(blockJson.path("number").asLong()).isEqualTo(number);
        assertThat(blockJson.path("transactions").findValuesAsText("txId")).contains(proposal.txId());
    }

    @Test
    void ledgerReadsOfWhatDoesNotExistOrInAnUnknownFormAreRefused() {
        BsnLedgerCalls calls = new BsnLedgerCalls(reader);
        assertRefused(calls.getBlockInfo(999_999, "", ""), "block 999999 does not exist in the ledger of application " + app);
        assertRefused(calls.getBlockInfo(0, "ff".repeat(32), ""), "does not exist in the ledger of application " + app);
        assertRefused(calls.getBlockInfo(0, "not-a-hash", ""), "body.blockHash must be 64 hexadecimal characters");
        assertRefused(calls.getTransaction("cd".repeat(32)), "transaction " + "cd".repeat(32) + " does not exist");
        assertRefused(calls.getTransdata("cd".repeat(32), "xml"), "body.dataType must be json or protobuf");
        assertRefused(calls.getBlockData(0, "", "", "xml"), "body.dataType must be json or protobuf");
    }

    @Test
    void aKeyTrustInvokeNowReportsTheHashOfItsBlock() {
        BsnTestClient keyTrust = admin.as(admin.userCode, keyTrustApp, admin.accessKey());
        JsonNode set = keyTrust.reqChainCode("", "set", set("lot-9", "hashed"));
        assertSuccess(set);
        String txId = set.path("body").path("blockInfo").path("txId").asText();
        Block block = devnet.channel("receipts-kt").orElseThrow().blockOfTransaction(txId).orElseThrow();
        assertThat(set.path("body").path("blockInfo").path("blockHash").asText())
                .isEqualTo(HexFormat.of().formatHex(BlockHashing.headerHash(block.getHeader())));
        assertThat(keyTrust.replyVerifies(set, BsnTestClient.valuesInOrder(set.path("body")))).isTrue();
    }
}
