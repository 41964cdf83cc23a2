package org.openbsn.marketplace.api;

import java.util.List;

/** The query the automatic review evaluates once the package runs on devnet; it must answer without error. */
public record ReviewQuery(String function, List<String> args) {
}
