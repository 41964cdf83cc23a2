package org.openbsn.devnet.policy;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which endorsements a chaincode's transactions need to be valid: a policy in Fabric's
 * signature-policy syntax ({@code AND('Org1MSP.peer', 'Org2MSP.peer')}, {@code OR(...)},
 * {@code OutOf(2, ...)}, nested), or MAJORITY, ANY or ALL of the channel's organisations, each by
 * one of its peers. MAJORITY is Fabric's default.
 */
public sealed interface EndorsementPolicy permits SignaturePolicy, ImplicitPolicy {

    /**
     * Parses {@code MAJORITY}, {@code ANY}, {@code ALL}, or a signature policy whose principals are
     * {@code '<MspId>.<role>'} with role member, admin, client, peer or orderer.
     *
     * @throws PolicySyntaxException naming the problem and its position
     */
    static EndorsementPolicy parse(String text) {
        return new SignaturePolicyParser(text).parse();
    }

    /** More than half of the channel's organisations (Fabric's default). */
    static EndorsementPolicy majority() {
        return new ImplicitPolicy(ImplicitPolicy.Rule.MAJORITY);
    }

    /** Any one of the channel's organisations. */
    static EndorsementPolicy any() {
        return new ImplicitPolicy(ImplicitPolicy.Rule.ANY);
    }

    /** Every one of the channel's organisations. */
    static EndorsementPolicy all() {
        return new ImplicitPolicy(ImplicitPolicy.Rule.ALL);
    }

    /** Whether these verified endorsers satisfy the policy on a channel of these organisations. */
    boolean isSatisfiedBy(Collection<Endorser> endorsers, Set<String> channelOrganisations);

    /**
     * The fewest of {@code candidates} (earlier ones preferred) whose peers' endorsements together
     * satisfy the policy, as Fabric's discovery tells the gateway; empty when no combination does.
     */
    default Optional<List<String>> organisationsToSatisfy(List<String> candidates, Set<String> channelOrganisations) {
        return EndorsementLayouts.smallest(this, candidates, channelOrganisations);
    }
}
