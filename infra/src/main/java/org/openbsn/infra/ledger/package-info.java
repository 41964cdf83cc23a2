/** How the portal reaches a Fabric network: the peers' Gateway endpoints and the identity it signs with. */
package org.openbsn.infra.ledger;
