package org.openbsn.noderegistry.api;

import java.time.Instant;

/** Asks for the holds that ended before {@code at} but were not released (their deadline was lost in a restart). */
public record FindExpiredCapacityHoldsQuery(Instant at) {
}
