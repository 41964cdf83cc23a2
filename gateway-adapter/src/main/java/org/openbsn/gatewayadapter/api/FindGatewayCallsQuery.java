package org.openbsn.gatewayadapter.api;

/** The participant's gateway calls, newest first: {@code limit} of them after skipping {@code offset}. */
public record FindGatewayCallsQuery(String userCode, int offset, int limit) {

    public FindGatewayCallsQuery {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
    }
}
