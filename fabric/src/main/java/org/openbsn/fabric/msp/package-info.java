/**
 * Organisations as Fabric knows them: a certificate authority per organisation (ECDSA P-256),
 * certificates classified by NodeOU (client, peer, admin, orderer), and identities checked the way
 * a peer checks them: chained to the organisation's CA, signatures over SHA-256 with low S only.
 */
package org.openbsn.fabric.msp;
