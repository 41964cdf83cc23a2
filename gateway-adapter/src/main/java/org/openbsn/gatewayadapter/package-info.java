/**
 * The smart gateway business systems call, identities and keys, permission checks, and the Fabric client every ledger call goes through.
 * Nothing is built here yet; see DESIGN.md and the open issues.
 */
package org.openbsn.gatewayadapter;
