package org.openbsn.gatewayadapter.api;

import java.util.List;

/** A participant admitted to an application, with its roles there. */
public record GatewayMemberView(String appCode, String userCode, List<String> roles, long version) {
}
