/**
 * An application channel's life on a Fabric network, in the order Fabric needs it: created on an ordering
 * cluster, joined by city nodes' peers, chaincode approved and committed, members added, removed on failure.
 * It speaks only Fabric's protocols, so it drives real Fabric and devnet alike; work an organisation must sign is
 * signed through {@link org.openbsn.fabric.msp.OrganisationAdmins}.
 */
package org.openbsn.fabric.network;
