package org.openbsn.noderegistry.api;

import java.time.Instant;

/** The node's capacity and the part of it reserved from this moment on. */
public record UtilisationPoint(Instant at, Capacity capacity, Capacity reserved) {
}
