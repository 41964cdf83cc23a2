package org.openbsn.gatewayadapter.api;

/** The application may run {@code tps} transactions a second through the gateway of {@code nodeCode}. */
public record GatewayQuotaSetEvent(String appCode, String nodeCode, int tps) {
}
