package org.openbsn.marketplace.api;

import java.util.List;

/**
 * What an author declares alongside a chaincode package: name, description, category, tags, language, licence terms,
 * functions and suggested roles (used to pre-fill an application's design), and the query the automatic review asks.
 */
public record PackageManifest(String name, String description, String category, List<String> tags, String language,
                              String licenceTerms, List<ManifestFunction> functions, List<SuggestedRole> roles,
                              ReviewQuery reviewQuery) {
}
