/**
 * The paths of BSN's gateway that OpenBSN serves: getAppInfo, user/register, user/enroll and
 * reqChainCode, with their permission checks, replayed-nonce refusals and audit events.
 */
package org.openbsn.gatewayadapter.endpoint;
