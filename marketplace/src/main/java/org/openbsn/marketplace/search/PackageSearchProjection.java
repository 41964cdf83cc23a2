package org.openbsn.marketplace.search;

import java.util.function.Consumer;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.openbsn.marketplace.api.*;
import org.springframework.stereotype.Component;

/** Keeps the package search index in step with the events: a package is found once a version is approved. */
@Component
@ProcessingGroup(PackageSearchProjection.NAME)
class PackageSearchProjection {

    static final String NAME = "marketplace-package-search";

    private final PackageSearchIndex index;

    PackageSearchProjection(PackageSearchIndex index) {
        this.index = index;
    }

    @EventHandler
    void on(PackageVersionSubmittedEvent e, @SequenceNumber long sequence) {
        SearchDocument document = index.load(e.packageId()).orElseGet(() -> {
            SearchDocument created = new SearchDocument();
            created.packageId = e.packageId();
            created.authorId = e.authorId();
            return created;
        });
        if (sequence > document.version) {
            document.submitted.put(e.version(), SearchDocument.Submitted.of(e.manifest(), e.pricing(), sequence));
            document.version = sequence;
            index.write(document);
        }
    }

    @EventHandler
    void on(PackageVersionApprovedEvent e, @SequenceNumber long sequence) {
        change(e.packageId(), sequence, d -> d.list(e.version(), e.approvedAt()));
    }

    @EventHandler
    void on(PackageRatedEvent e, @SequenceNumber long sequence) {
        change(e.packageId(), sequence, d -> d.rate(e.raterId(), e.stars()));
    }

    @EventHandler
    void on(PackageDownloadedEvent e, @SequenceNumber long sequence) {
        change(e.packageId(), sequence, d -> d.downloads++);
    }

    @EventHandler
    void on(PackageDeployedEvent e, @SequenceNumber long sequence) {
        change(e.packageId(), sequence, d -> d.deployments++);
    }

    @ResetHandler
    void reset() {
        index.clear();
    }

    private void change(String packageId, long sequence, Consumer<SearchDocument> change) {
        index.load(packageId).filter(d -> sequence > d.version).ifPresent(document -> {
            change.accept(document);
            document.version = sequence;
            index.write(document);
        });
    }
}
