package org.openbsn.devnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.grpc.ManagedChannel;
import io.grpc.Status;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.EndorseException;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.Transaction;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.gateway.PreparedTransaction;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;
import org.hyperledger.fabric.protos.peer.ChaincodeActionPayload;
import org.hyperledger.fabric.protos.peer.Endorsement;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbsn.fabric.msp.NodeOu;
import org.openbsn.devnet.policy.EndorsementPolicy;

/**
 * Each chaincode's endorsement policy on a channel of two organisations: the gateway collects the
 * endorsements the policy needs, and validation records transactions that miss it.
 */
class ChaincodePolicyTest {

    @TempDir
    static Path data;
    private static Devnet devnet;
    private static ManagedChannel channel;
    private static Gateway gateway;

    @BeforeAll
    static void start() throws Exception {
        devnet = Devnet.start(Devnet.Settings.defaults(data));
        devnet.openChannel("shared", List.of("Org1MSP", "Org2MSP"));
        devnet.deployBaseChaincode("shared", "either", EndorsementPolicy.parse("OR('Org1MSP.peer', 'Org2MSP.peer')"));
        devnet.deployBaseChaincode("shared", "both", EndorsementPolicy.parse("AND('Org1MSP.peer', 'Org2MSP.peer')"));
        devnet.deployBaseChaincode("shared", "outsider", EndorsementPolicy.parse("AND('Org1MSP.peer', 'Org3MSP.peer')"));
        channel = Clients.tls(devnet);
        gateway = Clients.connect(devnet, channel, "Org2MSP", "user1", NodeOu.CLIENT);
    }

    @AfterAll
    static void stop() {
        gateway.close();
        channel.shutdownNow();
        devnet.close();
    }

    private static Contract contract(String name) {
        return gateway.getNetwork("shared").getContract(name);
    }

    private static Transaction endorse(String chaincode, String key, String... organisations) throws Exception {
        var proposal = contract(chaincode).newProposal("set").addArguments("{\"baseKey\":\"" + key + "\",\"baseValue\":\"v\"}");
        if (organisations.length > 0) {
            proposal.setEndorsingOrganizations(organisations);
        }
        return proposal.build().endorse();
    }

    /** The organisations whose peers endorsed the prepared transaction the client signs. */
    private static List<String> endorsingOrganisations(Transaction transaction) throws Exception {
        Payload payload = Payload.parseFrom(PreparedTransaction.parseFrom(transaction.getBytes()).getEnvelope().getPayload());
        var action = org.hyperledger.fabric.protos.peer.Transaction.parseFrom(payload.getData()).getActions(0);
        List<String> organisations = new ArrayList<>();
        for (Endorsement endorsement : ChaincodeActionPayload.parseFrom(action.getPayload()).getAction().getEndorsementsList()) {
            organisations.add(SerializedIdentity.parseFrom(endorsement.getEndorser()).getMspid());
        }
        return organisations;
    }

    @Test
    void anOrPolicyIsMetByTheGatewaysOwnOrganisationAlone() throws Exception {
        Transaction transaction = endorse("either", "or-1");
        assertThat(endorsingOrganisations(transaction)).containsExactly("Org1MSP");
        assertThat(transaction.submitAsync().getStatus().getCode()).isEqualTo(TxValidationCode.VALID);
    }

    @Test
    void anOrPolicyIsMetByTheOtherOrganisationWhenTheClientNamesIt() throws Exception {
        Transaction transaction = endorse("either", "or-2", "Org2MSP");
        assertThat(endorsingOrganisations(transaction)).containsExactly("Org2MSP");
        assertThat(transaction.submitAsync().getStatus().getCode()).isEqualTo(TxValidationCode.VALID);
    }

    @Test
    void anAndPolicyOfTwoMembersIsEndorsedByBothAndCommits() throws Exception {
        Transaction transaction = endorse("both", "and-1");
        assertThat(endorsingOrganisations(transaction)).containsExactlyInAnyOrder("Org1MSP", "Org2MSP");
        assertThat(transaction.submitAsync().getStatus().getCode()).isEqualTo(TxValidationCode.VALID);
        assertThat(new String(contract("both").evaluateTransaction("get", "and-1"))).contains("and-1");
    }

    @Test
    void endorsementsThatMissThePolicyAreRecordedAsAnEndorsementPolicyFailure() throws Exception {
        Transaction transaction = endorse("both", "and-2", "Org1MSP");
        assertThat(endorsingOrganisations(transaction)).containsExactly("Org1MSP");
        var commit = transaction.submitAsync();
        assertThat(commit.getStatus().getCode()).isEqualTo(TxValidationCode.ENDORSEMENT_POLICY_FAILURE);
        assertThat(commit.getStatus().isSuccessful()).isFalse();
        assertThatThrownBy(() -> contract("both").evaluateTransaction("get", "and-2"))
                .isInstanceOf(GatewayException.class).hasMessageContaining("does not exist");
    }

    @Test
    void aPolicyNeedingAnOrganisationOutsideTheChannelIsNeverMet() throws Exception {
        assertThat(endorse("outsider", "out-1").submitAsync().getStatus().getCode())
                .isEqualTo(TxValidationCode.ENDORSEMENT_POLICY_FAILURE);
    }

    @Test
    void theDefaultPolicyIsAMajorityOfTheChannelsOrganisations() throws Exception {
        devnet.deployBaseChaincode("shared", "default");
        Transaction transaction = endorse("default", "m-1");
        assertThat(endorsingOrganisations(transaction)).containsExactlyInAnyOrder("Org1MSP", "Org2MSP");
        assertThat(transaction.submitAsync().getStatus().getCode()).isEqualTo(TxValidationCode.VALID);
        assertThat(endorse("default", "m-2", "Org2MSP").submitAsync().getStatus().getCode())
                .isEqualTo(TxValidationCode.ENDORSEMENT_POLICY_FAILURE);
    }

    @Test
    void namingAnOrganisationOutsideTheChannelIsRefusedAtEndorsement() {
        assertThatThrownBy(() -> endorse("either", "n-1", "Org9MSP"))
                .isInstanceOf(EndorseException.class)
                .hasMessageContaining("no peer of Org9MSP is available to endorse on channel shared")
                .satisfies(e -> assertThat(((GatewayException) e).getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE));
    }
}
