package org.openbsn.gatewayadapter.api;

/** What a subscription follows: the events of the application's chaincode, or every block of its channel. */
public enum EventSubscriptionType {
    CHAINCODE(""), BLOCK("block");

    private final String wireName;

    EventSubscriptionType(String wireName) {
        this.wireName = wireName;
    }

    /** The {@code eventType} event/query answers with: {@code "block"}, or {@code ""} for chaincode events. */
    public String wireName() {
        return wireName;
    }
}
