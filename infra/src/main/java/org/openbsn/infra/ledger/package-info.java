/**
 * How the portal reaches a Fabric network: the peers' Gateway endpoints and the identity it signs
 * with, and the organisation CA that certifies the gateway's members.
 */
package org.openbsn.infra.ledger;
