package org.openbsn.gatewayadapter.api;

import java.util.List;

/** A page of a participant's gateway calls, newest first, and how many there are in all. */
public record GatewayCallsPage(List<GatewayCallView> calls, long total) {
}
