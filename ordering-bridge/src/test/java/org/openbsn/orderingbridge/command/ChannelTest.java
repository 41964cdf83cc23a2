package org.openbsn.orderingbridge.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openbsn.infra.testing.Refusals.invalidFields;
import static org.openbsn.infra.testing.Refusals.refusedWith;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbsn.infra.error.DomainException;
import org.openbsn.infra.ledger.ChannelAdministration;
import org.openbsn.infra.ledger.Endorsement;
import org.openbsn.orderingbridge.api.*;

/** The channel aggregate asks the ledger first and records only what the ledger did. */
class ChannelTest {

    /** A ledger that writes down what it was asked and refuses when told to. */
    private static final class RecordingLedger implements ChannelAdministration {
        final List<String> calls = new ArrayList<>();
        RuntimeException refusal;

        @Override
        public void createChannel(String channelId, List<String> memberMspIds, Endorsement endorsement) {
            call("create " + channelId + " " + memberMspIds + " " + endorsement);
        }

        @Override
        public void joinPeer(String channelId, String nodeId, String peerId) {
            call("join " + channelId + " " + nodeId + "/" + peerId);
        }

        @Override
        public void deployChaincode(String channelId, String name, String kind, String packageId, int sequence) {
            call("deploy " + channelId + " " + name + " " + kind + " #" + sequence);
        }

        @Override
        public byte[] evaluate(String channelId, String name, String function, List<String> args) {
            throw new UnsupportedOperationException("the channel aggregate never evaluates");
        }

        @Override
        public long height(String channelId) {
            return 0;
        }

        private void call(String call) {
            if (refusal != null) {
                throw refusal;
            }
            calls.add(call);
        }
    }

    private static final String CHANNEL = "chapp1";
    private static final Endorsement ALL = new Endorsement(Endorsement.Kind.ALL, 0);
    private static final ChannelCreatedEvent CREATED = new ChannelCreatedEvent(CHANNEL, "app-1", "cluster-2",
            List.of("Org1MSP", "Org2MSP"), ALL);

    private FixtureConfiguration<Channel> fixture;
    private RecordingLedger ledger;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Channel.class);
        ledger = new RecordingLedger();
        fixture.registerInjectableResource(ledger);
    }

    @Test
    void createsTheChannelOnTheLedgerWithItsEndorsementRuleAndRecordsIt() {
        fixture.givenNoPriorActivity()
                .when(new CreateChannelCommand(CHANNEL, "app-1", "cluster-2", List.of("Org1MSP", "Org2MSP"), ALL))
                .expectEvents(CREATED);
        assertThat(ledger.calls).containsExactly("create chapp1 [Org1MSP, Org2MSP] Endorsement[kind=ALL, n=0]");
    }

    @Test
    void refusesToAskMoreOrganisationsToEndorseThanTheChannelHas() {
        fixture.givenNoPriorActivity()
                .when(new CreateChannelCommand(CHANNEL, "app-1", "cluster-2", List.of("Org1MSP", "Org2MSP"),
                        new Endorsement(Endorsement.Kind.AT_LEAST, 3)))
                .expectException(invalidFields("endorsement"))
                .expectNoEvents();
        assertThat(ledger.calls).isEmpty();
    }

    @Test
    void aRedeliveredCreationChangesNothing() {
        fixture.given(CREATED)
                .when(new CreateChannelCommand(CHANNEL, "app-1", "cluster-2", List.of("Org1MSP"), null))
                .expectNoEvents()
                .expectSuccessfulHandlerExecution();
        assertThat(ledger.calls).isEmpty();
    }

    @Test
    void refusesAChannelIdThatBelongsToAnotherApplication() {
        fixture.given(CREATED)
                .when(new CreateChannelCommand(CHANNEL, "app-2", "cluster-1", List.of("Org1MSP"), null))
                .expectException(refusedWith("channel.taken"))
                .expectExceptionMessage("Channel chapp1 already belongs to application app-1");
    }

    @Test
    void refusesIdsFabricWouldRefuseAndNamesEveryMissingPart() {
        fixture.givenNoPriorActivity()
                .when(new CreateChannelCommand("App_1", "", "cluster-1", List.of(), null))
                .expectException(invalidFields("channelId", "applicationId", "memberMspIds"))
                .expectNoEvents();
        assertThat(ledger.calls).isEmpty();
    }

    @Test
    void refusesAChannelIdLongerThanFabricAllows() {
        fixture.givenNoPriorActivity()
                .when(new CreateChannelCommand("ch" + "a".repeat(248), "app-1", "cluster-1", List.of("Org1MSP"), null))
                .expectException(invalidFields("channelId"));
        assertThat(ledger.calls).isEmpty();
    }

    @Test
    void whenTheLedgerRefusesNothingIsRecorded() {
        ledger.refusal = new DomainException("ledger.down", "The ordering service is unreachable");
        fixture.givenNoPriorActivity()
                .when(new CreateChannelCommand(CHANNEL, "app-1", "cluster-2", List.of("Org1MSP"), null))
                .expectException(DomainException.class)
                .expectExceptionMessage("The ordering service is unreachable")
                .expectNoEvents();
    }

    @Test
    void joinsAPeerOnce() {
        fixture.given(CREATED)
                .when(new JoinPeerCommand(CHANNEL, "node-1", "peer0"))
                .expectEvents(new PeerJoinedChannelEvent(CHANNEL, "node-1", "peer0"));
        assertThat(ledger.calls).containsExactly("join chapp1 node-1/peer0");
        fixture.given(CREATED, new PeerJoinedChannelEvent(CHANNEL, "node-1", "peer0"))
                .when(new JoinPeerCommand(CHANNEL, "node-1", "peer0"))
                .expectNoEvents();
        assertThat(ledger.calls).hasSize(1);
    }

    @Test
    void refusesToJoinAPeerToAChannelThatDoesNotExist() {
        fixture.givenNoPriorActivity()
                .when(new JoinPeerCommand("chnone", "node-1", "peer0"))
                .expectException(refusedWith("channel.unknown"))
                .expectExceptionMessage("Channel chnone does not exist")
                .expectNoEvents();
        assertThat(ledger.calls).isEmpty();
    }

    @Test
    void deploysTheBaseChaincodeAndIgnoresARedelivery() {
        fixture.given(CREATED)
                .when(new DeployChaincodeCommand(CHANNEL, "base", ChaincodeSource.base(), 1))
                .expectEvents(new ChaincodeDeployedEvent(CHANNEL, "base", ChaincodeSource.base(), 1));
        assertThat(ledger.calls).containsExactly("deploy chapp1 base base #1");
        fixture.given(CREATED, new ChaincodeDeployedEvent(CHANNEL, "base", ChaincodeSource.base(), 1))
                .when(new DeployChaincodeCommand(CHANNEL, "base", ChaincodeSource.base(), 1))
                .expectNoEvents();
        assertThat(ledger.calls).hasSize(1);
    }

    @Test
    void refusesToSkipAChaincodeSequence() {
        fixture.given(CREATED, new ChaincodeDeployedEvent(CHANNEL, "base", ChaincodeSource.base(), 1))
                .when(new DeployChaincodeCommand(CHANNEL, "base", ChaincodeSource.base(), 3))
                .expectException(refusedWith("channel.chaincode-sequence"))
                .expectExceptionMessage("Chaincode base is at sequence 1 on channel chapp1; the next definition must have sequence 2")
                .expectNoEvents();
    }

    @Test
    void refusesABadChaincodeNameSourceOrSequence() {
        fixture.given(CREATED)
                .when(new DeployChaincodeCommand(CHANNEL, "my chaincode", new ChaincodeSource(" ", ""), 0))
                .expectException(invalidFields("chaincodeName", "source", "sequence"))
                .expectNoEvents();
        assertThat(ledger.calls).isEmpty();
    }

    @Test
    void aChaincodeTheLedgerCannotRunIsNotRecorded() {
        ledger.refusal = new DomainException("channel.chaincode-kind-unsupported", "Chaincode of kind 'package' cannot be deployed yet");
        fixture.given(CREATED)
                .when(new DeployChaincodeCommand(CHANNEL, "market", new ChaincodeSource("package", "market:abc"), 1))
                .expectException(refusedWith("channel.chaincode-kind-unsupported"))
                .expectNoEvents();
    }
}
