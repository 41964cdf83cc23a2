package org.openbsn.fabric.msp;

/**
 * The one port through which work an organisation must sign (joining a peer, approving a chaincode definition,
 * signing a configuration update) is signed as that organisation's admin. Today the portal keeps the admins' keys;
 * once city nodes run their own software the signing moves onto the node behind this same port.
 */
public interface OrganisationAdmins {

    /** Signs as an admin of {@code mspId}; an organisation whose admin is not held here is refused with its name. */
    Signer adminOf(String mspId);
}
