package org.openbsn.gatewayadapter.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openbsn.gatewayadapter.endpoint.UploadGateway.assertSuccess;
import static org.openbsn.gatewayadapter.endpoint.UploadGateway.keys;
import static org.openbsn.gatewayadapter.endpoint.UploadGateway.set;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import org.hyperledger.fabric.protos.common.Block;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbsn.devnet.ledger.BlockHashing;
import org.openbsn.devnet.ledger.ChannelLedger;
import org.openbsn.fabric.msp.NodeOu;
import org.openbsn.fabric.msp.OrganisationCa;
import org.openbsn.gatewayadapter.keys.Pems;
import org.openbsn.gatewayadapter.protocol.GatewayEndpoint;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Public-key-upload users through the gateway, end to end ({@link UploadGateway}): they sign their
 * own proposals as BSN's Java SDK does, query through node/trans and invoke through trans/prepare
 * and trans/commit; every proposal or commit that is not what it claims is refused, naming why.
 */
class GatewayTransactionsTest {

    @TempDir
    static Path data;

    private static UploadGateway gateway;

    @BeforeAll
    static void start() {
        gateway = new UploadGateway(data);
    }

    @AfterAll
    static void stop() {
        if (gateway != null) {
            gateway.close();
        }
    }

    @Test
    void anInvokeIsPreparedSignedByItsCreatorCommittedOnceAndReadBackThroughTrans() {
        BsnLedgerCalls calls = new BsnLedgerCalls(gateway.admin);
        BsnProposal proposal = gateway.bobs("set", set("receipt-1", "paid by bob"));

        JsonNode prepared = calls.prepare(proposal.transData());
        assertSuccess(prepared);
        JsonNode body = prepared.path("body");
        assertThat(keys(body)).containsExactly("txId", "ccRes", "payload");
        assertThat(body.path("txId").asText()).isEqualTo(proposal.txId());
        assertThat(body.path("ccRes").path("ccCode").asInt()).isEqualTo(200);
        assertThat(gateway.admin.replyVerifies(prepared, proposal.txId() + 200 + body.path("ccRes").path("ccData").asText()
                + body.path("payload").asText())).as("mac over txId+ccCode+ccData+payload").isTrue();
        assertThat(gateway.receipts().knows(proposal.txId())).as("nothing ordered yet").isFalse();
        assertThat(calls.prepare(proposal.transData()).path("body").path("payload").asText())
                .as("preparing again returns the payload that may already be signed").isEqualTo(body.path("payload").asText());

        byte[] payload = Base64.getDecoder().decode(body.path("payload").asText());
        String signature = Base64.getEncoder().encodeToString(BsnProposal.sign(gateway.bobsKey.getPrivate(), payload));
        JsonNode committed = calls.commit(proposal.txId(), signature);
        assertSuccess(committed);
        JsonNode blockInfo = committed.path("body").path("blockInfo");
        assertThat(keys(committed.path("body"))).containsExactly("blockInfo", "ccRes");
        assertThat(blockInfo.path("txId").asText()).isEqualTo(proposal.txId());
        assertThat(blockInfo.path("status").isInt()).isTrue();
        assertThat(blockInfo.path("status").asInt()).isZero();
        assertThat(gateway.admin.replyVerifies(committed, BsnTestClient.valuesInOrder(committed.path("body")))).isTrue();
        ChannelLedger ledger = gateway.receipts();
        Block block = ledger.blockOfTransaction(proposal.txId()).orElseThrow();
        assertThat(blockInfo.path("blockHash").asText())
                .isEqualTo(HexFormat.of().formatHex(BlockHashing.headerHash(block.getHeader())));

        JsonNode read = calls.trans(gateway.bobs("get", "receipt-1").transData());
        assertSuccess(read);
        assertThat(read.path("body").path("ccRes").path("ccData").asText()).contains("paid by bob");
        assertThat(read.path("body").path("blockInfo").path("blockHash").asText()).isEmpty();
        assertThat(gateway.admin.replyVerifies(read, BsnTestClient.valuesInOrder(read.path("body")))).isTrue();

        gateway.assertRefused(calls.commit(proposal.txId(), signature), "transaction " + proposal.txId()
                + " was already committed in block " + block.getHeader().getNumber());
    }

    @Test
    void aQueryThroughTransReportsTheChaincodesRefusalAsCcCode500() {
        JsonNode read = new BsnLedgerCalls(gateway.reader).trans(gateway.ritas("get", "no-such-receipt").transData());
        assertSuccess(read);
        assertThat(read.path("body").path("ccRes").path("ccCode").asInt()).isEqualTo(500);
        assertThat(read.path("body").path("ccRes").path("ccData").asText()).contains("no-such-receipt");
    }

    @Test
    void thePythonSdksNonceOf32AsciiBytesIsAcceptedAsSent() {
        BsnProposal python = gateway.bobs("getHistory", "receipt-python");
        python.nonce = Base64.getEncoder().encodeToString(python.nonce).getBytes(StandardCharsets.US_ASCII);
        assertThat(python.nonce).hasSize(32);
        JsonNode read = new BsnLedgerCalls(gateway.admin).trans(python.transData());
        assertSuccess(read);
        assertThat(read.path("body").path("blockInfo").path("txId").asText()).isEqualTo(python.txId());
        assertThat(read.path("body").path("ccRes").path("ccCode").asInt()).isEqualTo(200);
    }

    @Test
    void anInvokeInOneStepIsRefusedNamingTheTwoStepsAndNothingIsOrdered() {
        BsnProposal proposal = gateway.bobs("set", set("receipt-2", "single step"));
        JsonNode refused = new BsnLedgerCalls(gateway.admin).trans(proposal.transData());
        gateway.assertRefused(refused, "function set is an invoke");
        assertThat(refused.path("header").path("msg").asText())
                .contains("/api/fabric/v1/node/trans/prepare", "/api/fabric/v1/node/trans/commit", "key-trust mode");
        assertThat(gateway.receipts().knows(proposal.txId())).isFalse();
    }

    @Test
    void proposalsThatAreNotWhatTheySayAreRefusedNamingTheProblem() {
        BsnLedgerCalls calls = new BsnLedgerCalls(gateway.admin);
        gateway.assertRefused(calls.trans("%%% not base64"), "body.transData is not Base64");
        gateway.assertRefused(calls.trans(Base64.getEncoder().encodeToString("hello, gateway".getBytes())),
                "body.transData is not a serialised peer.SignedProposal");

        BsnProposal wrongChannel = gateway.bobs("get", "receipt-1");
        wrongChannel.channelId = "receipts-kt";
        gateway.assertRefused(calls.trans(wrongChannel.transData()),
                "the proposal's channel_id is receipts-kt, but application " + gateway.app + " runs on channel receipts");

        BsnProposal wrongTxId = gateway.bobs("get", "receipt-1");
        wrongTxId.txIdOverride = "00".repeat(32);
        gateway.assertRefused(calls.trans(wrongTxId.transData()), "the proposal's tx_id " + "00".repeat(32)
                + " is not SHA-256(nonce + creator)");

        BsnProposal forged = gateway.bobs("get", "receipt-1");
        forged.signingKey = Pems.newP256KeyPair().getPrivate();
        gateway.assertRefused(calls.trans(forged.transData()),
                "the proposal's signature does not verify with its creator's certificate");

        KeyPair strangersKey = Pems.newP256KeyPair();
        X509Certificate fromAnotherCa = OrganisationCa.create("Org1MSP", "elsewhere.example.com")
                .issue("bob@" + gateway.app, NodeOu.CLIENT, strangersKey.getPublic());
        BsnProposal stranger = new BsnProposal("receipts", fromAnotherCa, strangersKey.getPrivate(), "get", "receipt-1");
        gateway.assertRefused(calls.trans(stranger.transData()), "was not issued by the CA of MSP Org1MSP");

        gateway.assertRefused(new BsnLedgerCalls(gateway.other).trans(gateway.bobs("get", "receipt-1").transData()),
                "the proposal's creator bob@" + gateway.app + " was registered by another participant, not by "
                        + gateway.other.userCode);
    }

    @Test
    void aRoleWithoutTheFunctionIsDeniedNamingRoleAndFunction() {
        BsnProposal ritasSet = gateway.ritas("set", set("receipt-3", "forged"));
        gateway.assertRefused(new BsnLedgerCalls(gateway.reader).prepare(ritasSet.transData()),
                "role Reader of user " + gateway.reader.userCode + " in application " + gateway.app
                        + " does not include function set");
        assertThat(AuditedCalls.containing(gateway.reader.userCode, "\"function\":\"set\""))
                .as("the denial is audited").singleElement().asString()
                .contains("\"userName\":\"rita\"", "\"function\":\"set\"", "\"allowed\":false");
        gateway.assertRefused(new BsnLedgerCalls(gateway.reader).trans(gateway.ritas("transfer", "x").transData()),
                "application " + gateway.app + " has no function that runs chaincode function transfer");
    }

    @Test
    void aCommitWithAWrongSignatureOrAnUnknownTxIdIsRefusedAndChangesNothing() {
        BsnLedgerCalls calls = new BsnLedgerCalls(gateway.admin);
        BsnProposal proposal = gateway.bobs("set", set("receipt-4", "signed by someone else"));
        JsonNode prepared = calls.prepare(proposal.transData());
        assertSuccess(prepared);
        byte[] payload = Base64.getDecoder().decode(prepared.path("body").path("payload").asText());

        String wrong = Base64.getEncoder().encodeToString(BsnProposal.sign(Pems.newP256KeyPair().getPrivate(), payload));
        gateway.assertRefused(calls.commit(proposal.txId(), wrong),
                "body.signature does not verify over the payload of transaction " + proposal.txId()
                        + " with the certificate of bob@" + gateway.app);
        assertThat(gateway.receipts().knows(proposal.txId())).isFalse();
        gateway.assertRefused(calls.commit("ab".repeat(32), wrong),
                "transaction " + "ab".repeat(32) + " was not prepared by user " + gateway.admin.userCode);
        gateway.assertRefused(new BsnLedgerCalls(gateway.other).commit(proposal.txId(), wrong),
                "was not prepared by user " + gateway.other.userCode);

        String right = Base64.getEncoder().encodeToString(BsnProposal.sign(gateway.bobsKey.getPrivate(), payload));
        assertSuccess(calls.commit(proposal.txId(), right));
    }

    @Test
    void anExpiredPreparedTransactionIsRefusedAndNotSent() {
        PreparedTransactions expiring = new PreparedTransactions(gateway.context.getBean(JdbcClient.class), Duration.ZERO);
        String txId = "ee".repeat(32);
        expiring.keep(txId, gateway.app, gateway.admin.userCode, "bob", "set", Pems.of(gateway.bob), new byte[0],
                new byte[0]);

        gateway.assertRefused(new BsnLedgerCalls(gateway.admin).commit(txId, "c2ln"), "transaction " + txId
                + " expired at");
        assertThat(gateway.receipts().knows(txId)).isFalse();
    }

    @Test
    void transAndPrepareCountAgainstTheApplicationsTpsButCommitDoesNot() {
        Map<String, Boolean> metered = new TreeMap<>();
        gateway.context.getBeansOfType(GatewayEndpoint.class).values().forEach(endpoint ->
                metered.put(endpoint.path(), endpoint.metered()));
        assertThat(metered).containsEntry("/api/fabric/v1/node/trans", true)
                .containsEntry("/api/fabric/v1/node/trans/prepare", true)
                .containsEntry("/api/fabric/v1/node/trans/commit", false)
                .containsEntry("/api/fabric/v1/node/getBlockInfo", false);
    }
}
