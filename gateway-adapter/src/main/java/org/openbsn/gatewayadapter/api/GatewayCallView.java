package org.openbsn.gatewayadapter.api;

import java.time.Instant;

/**
 * One audited gateway call as its participant sees it: application, user name ({@code ""} for the
 * participant's own identity), function ({@code ""} for user/register and user/enroll), path, whether
 * it was allowed, transaction id ({@code ""} when none), what happened, and when.
 */
public record GatewayCallView(String appCode, String userName, String function, String path, boolean allowed,
                              String transactionId, String outcome, Instant calledAt) {
}
