package org.openbsn.noderegistry.query;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.config.EventProcessingConfigurer;
import org.openbsn.infra.axon.ProjectionReplayer;
import org.openbsn.noderegistry.api.RebuildNodeSearchIndexCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the node search index on request (the operator's action, or {@code --bsn.search.rebuild}
 * at start-up) and switches searches over once the replay has caught up.
 */
@Component
class NodeSearchMaintenance implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(NodeSearchMaintenance.class);

    private final NodeSearchIndex index;
    private final ProjectionReplayer replayer;
    private final boolean rebuildAtStart;

    NodeSearchMaintenance(NodeSearchIndex index, ProjectionReplayer replayer,
                          @Value("${bsn.search.rebuild:false}") boolean rebuildAtStart) {
        this.index = index;
        this.replayer = replayer;
        this.rebuildAtStart = rebuildAtStart;
    }

    /** Search writes in batches of up to 100 events. */
    @Autowired
    void configure(EventProcessingConfigurer configurer) {
        configurer.registerPooledStreamingEventProcessorConfiguration(CityNodeSearchProjection.NAME,
                (configuration, builder) -> builder.batchSize(100));
    }

    @CommandHandler
    void handle(RebuildNodeSearchIndexCommand command) {
        replayer.replay(CityNodeSearchProjection.NAME);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (rebuildAtStart) {
            log.info("Rebuilding the node search index (--bsn.search.rebuild)");
            replayer.replay(CityNodeSearchProjection.NAME);
        }
    }

    /** Once a rebuild's replay has caught up, searches move to the new index. */
    @Scheduled(fixedDelay = 1000)
    void finishRebuildWhenCaughtUp() {
        if (index.rebuilding() && replayer.hasCaughtUp(CityNodeSearchProjection.NAME)) {
            index.finishRebuild();
        }
    }
}
