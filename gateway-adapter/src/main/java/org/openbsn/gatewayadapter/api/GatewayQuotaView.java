package org.openbsn.gatewayadapter.api;

/** The TPS an application has bought on one city node. {@code version} is the last event the view reflects. */
public record GatewayQuotaView(String appCode, String nodeCode, int tps, long version) {
}
