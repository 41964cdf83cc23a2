/**
 * The paths of BSN's gateway that OpenBSN serves: getAppInfo, user/register, user/enroll,
 * reqChainCode, node/trans with OpenBSN's trans/prepare and trans/commit for public-key-upload
 * invokes, and the ledger reads (getTransaction, getTransdata, getBlockInfo, getBlockData,
 * getLedgerInfo), with their permission checks, replayed-nonce refusals and audit events.
 */
package org.openbsn.gatewayadapter.endpoint;
