package org.openbsn.devnet.policy;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A policy in Fabric's signature-policy syntax. It is evaluated as Fabric's cauthdsl does: each
 * endorser counts for at most one principal, gates are tried in the order written, and an
 * {@code OutOf(n, ...)} holds when at least n of its policies hold.
 */
public record SignaturePolicy(Rule rule) implements EndorsementPolicy {

    /** One node of the policy tree. */
    public sealed interface Rule permits SignedBy, OutOf {
    }

    /** Satisfied by one endorser matching the principal. */
    public record SignedBy(Principal principal) implements Rule {
        @Override
        public String toString() {
            return principal.toString();
        }
    }

    /** Satisfied when {@code required} of {@code rules} are; AND and OR are its two ends. */
    public record OutOf(int required, List<Rule> rules) implements Rule {
        public OutOf {
            rules = List.copyOf(rules);
            if (required < 1 || required > rules.size()) {
                throw new IllegalArgumentException("OutOf needs from 1 to " + rules.size() + " signatures, not " + required);
            }
        }

        @Override
        public String toString() {
            String listed = rules.stream().map(Rule::toString).collect(Collectors.joining(", "));
            if (required == rules.size()) {
                return "AND(" + listed + ")";
            }
            return required == 1 ? "OR(" + listed + ")" : "OutOf(" + required + ", " + listed + ")";
        }
    }

    @Override
    public boolean isSatisfiedBy(Collection<Endorser> endorsers, Set<String> channelOrganisations) {
        List<Endorser> signers = List.copyOf(endorsers);
        return holds(rule, signers, new boolean[signers.size()]);
    }

    private static boolean holds(Rule rule, List<Endorser> endorsers, boolean[] used) {
        if (rule instanceof SignedBy signedBy) {
            for (int i = 0; i < endorsers.size(); i++) {
                if (!used[i] && signedBy.principal().isSatisfiedBy(endorsers.get(i))) {
                    used[i] = true;
                    return true;
                }
            }
            return false;
        }
        OutOf outOf = (OutOf) rule;
        int satisfied = 0;
        for (Rule inner : outOf.rules()) {
            boolean[] attempt = used.clone();
            if (holds(inner, endorsers, attempt)) {
                satisfied++;
                System.arraycopy(attempt, 0, used, 0, used.length);
            }
        }
        return satisfied >= outOf.required();
    }

    @Override
    public String toString() {
        return rule.toString();
    }
}
