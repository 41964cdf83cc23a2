package org.openbsn.devnet.policy;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.openbsn.fabric.msp.NodeOu;

/**
 * ANY, ALL or MAJORITY of the channel's organisations, each satisfied by an endorsement of one of
 * its peers: Fabric's {@code /Channel/Application/Endorsement} over the organisations' default
 * {@code OR('Org.peer')} Endorsement policies.
 */
public record ImplicitPolicy(Rule rule) implements EndorsementPolicy {

    /** How many of the channel's organisations must endorse. */
    public enum Rule {
        ANY, ALL, MAJORITY
    }

    @Override
    public boolean isSatisfiedBy(Collection<Endorser> endorsers, Set<String> channelOrganisations) {
        Set<String> endorsing = endorsers.stream()
                .filter(endorser -> endorser.role() == NodeOu.PEER && channelOrganisations.contains(endorser.mspId()))
                .map(Endorser::mspId)
                .collect(Collectors.toSet());
        int organisations = channelOrganisations.size();
        int required = switch (rule) {
            case ANY -> 1;
            case ALL -> organisations;
            case MAJORITY -> organisations / 2 + 1;
        };
        return endorsing.size() >= required;
    }

    @Override
    public String toString() {
        return rule.name();
    }
}
