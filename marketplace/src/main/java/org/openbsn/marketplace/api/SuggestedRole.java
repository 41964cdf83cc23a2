package org.openbsn.marketplace.api;

import java.util.List;

/** A role the author suggests, by name, over some of the manifest's functions. */
public record SuggestedRole(String name, List<String> functions) {
}
