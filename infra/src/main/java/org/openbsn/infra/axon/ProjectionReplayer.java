package org.openbsn.infra.axon;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Rebuilds a read model by resetting its processor to the start of the event store and replaying. */
public class ProjectionReplayer {

    private static final Logger log = LoggerFactory.getLogger(ProjectionReplayer.class);

    private final EventProcessingConfiguration processing;

    ProjectionReplayer(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    /** Replays every event into the named processing group; its reset handler clears the read model first. */
    public void replay(String processingGroup) {
        StreamingEventProcessor processor = processing
                .eventProcessor(processingGroup, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalArgumentException("No projection named " + processingGroup));
        log.info("Replaying projection {}", processingGroup);
        processor.shutDown();
        processor.resetTokens();
        processor.start();
    }

    /**
     * True once the named projection has claimed its work, replayed up to where it was reset and
     * reached the newest event. (Axon calls a segment "replaying" until an event newer than the
     * reset arrives, so replay progress is judged by position instead.)
     */
    public boolean hasCaughtUp(String processingGroup) {
        return processing.eventProcessor(processingGroup, StreamingEventProcessor.class)
                .map(processor -> {
                    var status = processor.processingStatus();
                    return !status.isEmpty() && status.values().stream().allMatch(segment -> segment.isCaughtUp()
                            && !segment.isErrorState()
                            && (segment.getResetPosition().isEmpty() || segment.getCurrentPosition().orElse(-1)
                                    >= segment.getResetPosition().getAsLong()));
                })
                .orElse(false);
    }
}
