package org.openbsn.applications.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.openbsn.noderegistry.api.Capacity;

/** Designs saved before publishers chose an endorsement rule read back from the event store as a MAJORITY. */
class DesignBeforeEndorsementTest {

    private final JacksonSerializer serializer = JacksonSerializer.defaultSerializer();

    @Test
    void aDraftSavedBeforeTheRuleReadsAsEndorsedByAMajority() throws Exception {
        ApplicationDesign design = ApplicationDesign.draft("Trade finance", "")
                .withNodes(List.of(new NodeResources("node-a", new Capacity(10, 5, 2))))
                .withEndorsement(new EndorsementChoice(EndorsementChoice.Kind.ALL, 0));
        ObjectMapper json = serializer.getObjectMapper();
        ObjectNode saved = json.valueToTree(new ApplicationDraftSavedEvent("app-1", "publisher-1", design));
        ((ObjectNode) saved.get("design")).remove("endorsement");

        ApplicationDraftSavedEvent old = serializer.deserialize(new SimpleSerializedObject<>(json.writeValueAsString(saved),
                String.class, ApplicationDraftSavedEvent.class.getName(), null));

        assertThat(old.design().endorsement()).isEqualTo(EndorsementChoice.majority());
        assertThat(old.design()).isEqualTo(design.withEndorsement(EndorsementChoice.majority()));
    }

    @Test
    void aChosenRuleSurvivesTheEventStore() {
        ApplicationDesign design = ApplicationDesign.draft("Trade finance", "")
                .withNodes(List.of(new NodeResources("node-a", new Capacity(10, 5, 2)),
                        new NodeResources("node-b", new Capacity(10, 5, 2))))
                .withEndorsement(EndorsementChoice.atLeast(2));
        ApplicationDraftSavedEvent event = new ApplicationDraftSavedEvent("app-1", "publisher-1", design);
        ApplicationDraftSavedEvent read = serializer.deserialize(serializer.serialize(event, String.class));
        assertThat(read.design().endorsement()).isEqualTo(EndorsementChoice.atLeast(2));
    }
}
