package org.openbsn.devnet.policy;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.openbsn.fabric.msp.NodeOu;

/**
 * A channel's Readers and Writers policies as Fabric's default configuration writes them: any
 * member organisation's {@code OR('Org.admin', 'Org.peer', 'Org.client')} may read (blocks, events,
 * ledger queries), and its {@code OR('Org.admin', 'Org.client')} may write (proposals, transactions
 * for ordering). Peers and orderers of a member organisation therefore cannot submit.
 */
public enum ChannelPolicy {
    READERS("Readers", EnumSet.of(NodeOu.ADMIN, NodeOu.PEER, NodeOu.CLIENT)),
    WRITERS("Writers", EnumSet.of(NodeOu.ADMIN, NodeOu.CLIENT));

    private final String policyName;
    private final Set<NodeOu> roles;

    ChannelPolicy(String policyName, Set<NodeOu> roles) {
        this.policyName = policyName;
        this.roles = roles;
    }

    /** The name Fabric gives the policy, e.g. {@code Writers}. */
    public String policyName() {
        return policyName;
    }

    /** Whether a verified member of one of the channel's organisations in this role satisfies the policy. */
    public boolean admits(NodeOu role) {
        return roles.contains(role);
    }

    /** The roles admitted, in words: {@code admin or client}. */
    public String admittedRoles() {
        return roles.stream().map(role -> role.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))
                .replaceFirst(", ([a-z]+)$", " or $1");
    }
}
