package org.openbsn.gatewayadapter.api;

import java.time.Instant;

/** The calls an application received in one time bucket starting {@code at}: all of them and those admitted. */
public record CallRate(Instant at, long calls, long allowed) {
}
