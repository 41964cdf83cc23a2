package org.openbsn.marketplace.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.openbsn.infra.error.DomainException;
import org.openbsn.marketplace.api.UploadPackageVersionCommand;
import org.openbsn.marketplace.inspection.InspectedPackage;
import org.openbsn.marketplace.inspection.PackageInspector;
import org.springframework.stereotype.Component;

/**
 * Handles an upload: inspects it as hostile input, lets the package (created by its first version) decide, and stores
 * the file in the same transaction as the event. Answers the package's new aggregate version.
 */
@Component
class UploadHandler {

    private final Repository<ChaincodePackage> packages;
    private final PackageInspector inspector;
    private final PackageFiles files;

    UploadHandler(Repository<ChaincodePackage> packages, PackageInspector inspector, PackageFiles files) {
        this.packages = packages;
        this.inspector = inspector;
        this.files = files;
    }

    @CommandHandler
    long handle(UploadPackageVersionCommand command) throws Exception {
        InspectedPackage inspected = inspector.inspect(command.packageBytes(), command.manifestJson());
        if (files.exists(inspected.fabricPackageId())) {
            throw new DomainException("marketplace.package-file-exists", "This exact package file (" + inspected.label()
                    + ") was uploaded before; give the new version its own label, e.g. " + inspected.label().split("[_:]")[0]
                    + "_" + command.version(), inspected.label());
        }
        // stored first, so that any refusal after it (a rule of the package, a concurrent upload) rolls it back with
        // the unit of work's transaction: a refused upload never leaves a file
        files.store(inspected.fabricPackageId(), inspected.sha256(), command.packageBytes(),
                GenericEventMessage.clock.instant());
        String packageId = PackageIds.of(command.authorId(), inspected.manifest().name());
        Aggregate<ChaincodePackage> aggregate;
        try {
            aggregate = packages.load(packageId);
            aggregate.execute(p -> p.submit(packageId, command, inspected));
        } catch (AggregateNotFoundException first) {
            aggregate = packages.newInstance(() -> new ChaincodePackage(packageId, command, inspected));
        }
        return aggregate.version();
    }
}
