package org.openbsn.devnet.boot;

import java.util.List;
import java.util.stream.Collectors;

import org.openbsn.devnet.policy.EndorsementPolicy;
import org.openbsn.infra.ledger.Endorsement;

/** The chaincode endorsement policy that asks what a channel's endorsement rule asks, each organisation by a peer. */
final class EndorsementPolicies {

    private EndorsementPolicies() {
    }

    /** ANY, MAJORITY and ALL of the channel's organisations as Fabric says them; AT_LEAST n as {@code OutOf(n, ...)} over its members' peers. */
    static EndorsementPolicy of(Endorsement endorsement, List<String> memberMspIds) {
        return of(endorsement, memberMspIds, memberMspIds);
    }

    /**
     * When some members never endorse (the participants' organisation), the rule counts only {@code endorsingMspIds}:
     * {@code OutOf(required, ...)} over their peers.
     */
    static EndorsementPolicy of(Endorsement endorsement, List<String> memberMspIds, List<String> endorsingMspIds) {
        if (endorsingMspIds.size() < memberMspIds.size()) {
            return EndorsementPolicy.parse("OutOf(" + endorsement.required(endorsingMspIds.size()) + ", "
                    + endorsingMspIds.stream().map(mspId -> "'" + mspId + ".peer'").collect(Collectors.joining(", ")) + ")");
        }
        return switch (endorsement.kind()) {
            case ANY -> EndorsementPolicy.any();
            case MAJORITY -> EndorsementPolicy.majority();
            case ALL -> EndorsementPolicy.all();
            case AT_LEAST -> EndorsementPolicy.parse("OutOf(" + endorsement.n() + ", " + memberMspIds.stream()
                    .map(mspId -> "'" + mspId + ".peer'").collect(Collectors.joining(", ")) + ")");
        };
    }
}
