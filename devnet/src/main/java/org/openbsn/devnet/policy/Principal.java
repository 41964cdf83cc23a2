package org.openbsn.devnet.policy;

import java.util.Locale;

/** A principal of a signature policy, written {@code 'Org1MSP.peer'}: an organisation and a role in it. */
public record Principal(String mspId, Role role) {

    /** The roles Fabric's policy syntax names; {@code member} is anyone the organisation's MSP accepts. */
    public enum Role {
        MEMBER, ADMIN, CLIENT, PEER, ORDERER;

        String text() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public boolean isSatisfiedBy(Endorser endorser) {
        if (!mspId.equals(endorser.mspId())) {
            return false;
        }
        return role == Role.MEMBER || role.name().equals(endorser.role().name());
    }

    @Override
    public String toString() {
        return "'" + mspId + "." + role.text() + "'";
    }
}
