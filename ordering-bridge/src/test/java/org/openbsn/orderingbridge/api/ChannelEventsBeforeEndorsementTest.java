package org.openbsn.orderingbridge.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.openbsn.infra.ledger.Endorsement;

/** Channels created before publishers chose an endorsement rule read back from the event store as a MAJORITY. */
class ChannelEventsBeforeEndorsementTest {

    private final JacksonSerializer serializer = JacksonSerializer.defaultSerializer();

    private <T> T read(String json, Class<T> type) {
        return serializer.deserialize(new SimpleSerializedObject<>(json, String.class, type.getName(), null));
    }

    @Test
    void aChannelCreatedBeforeTheRuleWasEndorsedByAMajority() {
        ChannelCreatedEvent event = read("""
                {"channelId":"chapp1","applicationId":"app-1","clusterId":"cluster-2","memberMspIds":["Org1MSP"]}""",
                ChannelCreatedEvent.class);
        assertThat(event).isEqualTo(new ChannelCreatedEvent("chapp1", "app-1", "cluster-2", List.of("Org1MSP"),
                Endorsement.majority()));
    }

    @Test
    void aCreationAskedBeforeTheRuleAsksForAMajorityAndAChosenRuleSurvivesTheStore() {
        CreateChannelCommand old = read("""
                {"channelId":"chapp1","applicationId":"app-1","clusterId":"cluster-2","memberMspIds":["Org1MSP"]}""",
                CreateChannelCommand.class);
        assertThat(old.endorsement()).isEqualTo(Endorsement.majority());

        ChannelCreatedEvent chosen = new ChannelCreatedEvent("chapp1", "app-1", "cluster-2", List.of("Org1MSP", "Org2MSP"),
                new Endorsement(Endorsement.Kind.AT_LEAST, 2));
        assertThat(serializer.deserialize(serializer.serialize(chosen, String.class)).equals(chosen)).isTrue();
    }
}
