package org.openbsn.devnet.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.openbsn.fabric.msp.NodeOu;

/** Finds the smallest set of organisations whose peers satisfy a policy, trying combinations in preference order. */
final class EndorsementLayouts {

    /** Beyond this many candidates the 2^n search would be slow; then all of them are tried at once. */
    private static final int MAX_SEARCHED = 16;

    private EndorsementLayouts() {
    }

    static Optional<List<String>> smallest(EndorsementPolicy policy, List<String> candidates, Set<String> channel) {
        if (candidates.size() > MAX_SEARCHED) {
            return satisfied(policy, candidates, channel) ? Optional.of(List.copyOf(candidates)) : Optional.empty();
        }
        for (int size = 1; size <= candidates.size(); size++) {
            int[] chosen = new int[size];
            for (int i = 0; i < size; i++) {
                chosen[i] = i;
            }
            do {
                List<String> organisations = new ArrayList<>(size);
                for (int index : chosen) {
                    organisations.add(candidates.get(index));
                }
                if (satisfied(policy, organisations, channel)) {
                    return Optional.of(organisations);
                }
            } while (next(chosen, candidates.size()));
        }
        return Optional.empty();
    }

    private static boolean satisfied(EndorsementPolicy policy, List<String> organisations, Set<String> channel) {
        return policy.isSatisfiedBy(organisations.stream().map(mspId -> new Endorser(mspId, NodeOu.PEER)).toList(), channel);
    }

    /** Advances to the next combination in lexicographic order; false after the last. */
    private static boolean next(int[] chosen, int n) {
        int k = chosen.length;
        for (int i = k - 1; i >= 0; i--) {
            if (chosen[i] < n - k + i) {
                chosen[i]++;
                for (int j = i + 1; j < k; j++) {
                    chosen[j] = chosen[j - 1] + 1;
                }
                return true;
            }
        }
        return false;
    }
}
