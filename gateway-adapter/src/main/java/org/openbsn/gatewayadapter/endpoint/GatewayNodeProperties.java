package org.openbsn.gatewayadapter.endpoint;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The city node this gateway serves ({@code BSN_GATEWAY_NODE_CODE}): the TPS an application bought on
 * it is what the gateway admits. {@code quotaRefresh}: how soon a changed quota takes effect.
 */
@ConfigurationProperties("bsn.gateway")
public record GatewayNodeProperties(@DefaultValue("openbsn") String nodeCode, @DefaultValue("2s") Duration quotaRefresh) {
}
