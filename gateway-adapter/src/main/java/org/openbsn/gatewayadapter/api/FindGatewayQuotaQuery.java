package org.openbsn.gatewayadapter.api;

/** The TPS the application has bought on the city node, if any. */
public record FindGatewayQuotaQuery(String appCode, String nodeCode) {
}
