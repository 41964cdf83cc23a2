package org.openbsn.accounts.api;

import java.util.EnumSet;
import java.util.Set;

/** What a person does on the portal. A person may hold several. */
public enum Role {
    NODE_OWNER, PUBLISHER, CHAINCODE_AUTHOR, PARTICIPANT, OPERATOR;

    /** Roles a person may choose at sign-up; operators are appointed, never self-chosen. */
    public static Set<Role> selfService() {
        return EnumSet.of(NODE_OWNER, PUBLISHER, CHAINCODE_AUTHOR, PARTICIPANT);
    }
}
