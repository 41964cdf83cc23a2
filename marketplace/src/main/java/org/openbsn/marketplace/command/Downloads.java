package org.openbsn.marketplace.command;

import java.util.Optional;
import java.util.concurrent.CompletionException;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.NoHandlerForQueryException;
import org.axonframework.queryhandling.QueryGateway;
import org.openbsn.infra.error.DomainException;
import org.openbsn.marketplace.api.FindUsableLicenceQuery;
import org.openbsn.marketplace.api.LicenceView;
import org.openbsn.marketplace.api.Marketplace;
import org.openbsn.marketplace.api.PackageDownload;
import org.openbsn.marketplace.api.PackageVersionView;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who may download a version's package file (its author, an operator, a publisher with a usable licence), and the file. */
@Component
class Downloads {

    private final PackageFiles files;
    private final QueryGateway queries;

    Downloads(PackageFiles files, QueryGateway queries) {
        this.files = files;
        this.queries = queries;
    }

    Optional<PackageDownload> file(PackageVersionView version, String actorId) {
        if (!version.authorId().equals(actorId) && !callerIsOperator() && !licensed(actorId, version.packageId())) {
            throw new DomainException("marketplace.download-not-allowed", "Only the author, operators and publishers"
                    + " holding a licence of " + version.packageName() + " may download it", version.packageName());
        }
        String label = version.fabricPackageId().substring(0, version.fabricPackageId().indexOf(':'));
        return files.packageFile(version.fabricPackageId()).map(bytes -> new PackageDownload(label + ".tar.gz", bytes));
    }

    private static boolean callerIsOperator() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        return caller != null && caller.getAuthorities().stream()
                .anyMatch(a -> ("ROLE_" + Marketplace.OPERATOR).equals(a.getAuthority()));
    }

    private boolean licensed(String buyerId, String packageId) {
        try {
            return queries.query(new FindUsableLicenceQuery(buyerId, packageId, ""),
                    ResponseTypes.optionalInstanceOf(LicenceView.class)).join().isPresent();
        } catch (CompletionException e) {
            if (e.getCause() instanceof NoHandlerForQueryException) {
                return false; // a portal without licences: nobody holds one
            }
            throw e;
        }
    }
}
