package org.openbsn.devnet.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import io.grpc.Status;
import org.openbsn.devnet.ledger.ChannelLedger;
import org.openbsn.fabric.msp.Identity;

/**
 * The peers that endorse a proposal, chosen as Fabric's gateway chooses them: those of the
 * organisations the client names, exactly (the client answers for the policy then); otherwise the
 * fewest organisations whose peers satisfy the chaincode's endorsement policy, the gateway's own first.
 */
final class EndorsementPlan {

    private EndorsementPlan() {
    }

    static List<Identity> endorsers(List<String> namedOrganisations, String chaincode, ChannelLedger channel,
                                    String ownMspId, Function<String, Optional<Identity>> peers) {
        if (!namedOrganisations.isEmpty()) {
            return namedOrganisations.stream().distinct()
                    .map(mspId -> (channel.members().containsKey(mspId) ? peers.apply(mspId) : Optional.<Identity>empty())
                            .orElseThrow(() -> ProposalCheck.refusal(Status.UNAVAILABLE, "no peer of " + mspId
                                    + " is available to endorse on channel " + channel.channelId())))
                    .toList();
        }
        List<String> candidates = new ArrayList<>();
        if (channel.members().containsKey(ownMspId)) {
            candidates.add(ownMspId);
        }
        channel.members().keySet().stream().sorted().filter(mspId -> !mspId.equals(ownMspId)).forEach(candidates::add);
        candidates.removeIf(mspId -> peers.apply(mspId).isEmpty());
        if (candidates.isEmpty()) {
            throw ProposalCheck.refusal(Status.UNAVAILABLE, "no peer of " + channel.members().keySet() + " can endorse");
        }
        // when no combination satisfies the policy, every available peer endorses and validation
        // records ENDORSEMENT_POLICY_FAILURE, so the client learns which policy its transaction missed
        List<String> chosen = channel.endorsementPolicy(chaincode)
                .organisationsToSatisfy(candidates, channel.members().keySet())
                .orElse(candidates);
        return chosen.stream().map(peers).flatMap(Optional::stream).toList();
    }
}
