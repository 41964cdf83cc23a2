package org.openbsn.devnet.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openbsn.fabric.msp.NodeOu;

/** Policies judged over verified endorsers as Fabric judges them, and the endorsing organisations the gateway picks. */
class EndorsementPolicyEvaluationTest {

    private static final Set<String> THREE = Set.of("Org1MSP", "Org2MSP", "Org3MSP");

    private static Endorser peer(String mspId) {
        return new Endorser(mspId, NodeOu.PEER);
    }

    private static boolean satisfied(String policy, Endorser... endorsers) {
        return EndorsementPolicy.parse(policy).isSatisfiedBy(List.of(endorsers), THREE);
    }

    @Test
    void orNeedsOneAndAndNeedsAll() {
        assertThat(satisfied("OR('Org1MSP.peer', 'Org2MSP.peer')", peer("Org2MSP"))).isTrue();
        assertThat(satisfied("AND('Org1MSP.peer', 'Org2MSP.peer')", peer("Org2MSP"))).isFalse();
        assertThat(satisfied("AND('Org1MSP.peer', 'Org2MSP.peer')", peer("Org2MSP"), peer("Org1MSP"))).isTrue();
    }

    @Test
    void outOfCountsNestedPolicies() {
        String policy = "OutOf(2, 'Org1MSP.peer', AND('Org2MSP.peer', 'Org3MSP.peer'), 'Org3MSP.member')";
        assertThat(satisfied(policy, peer("Org1MSP"), peer("Org3MSP"))).isTrue();
        assertThat(satisfied(policy, peer("Org2MSP"), peer("Org3MSP"))).as("Org3's one endorsement counts once").isFalse();
        assertThat(satisfied(policy, peer("Org1MSP"))).isFalse();
    }

    @Test
    void rolesMustMatchAndMemberAcceptsAnyRole() {
        assertThat(satisfied("OR('Org1MSP.peer')", new Endorser("Org1MSP", NodeOu.CLIENT))).isFalse();
        assertThat(satisfied("OR('Org1MSP.admin')", new Endorser("Org1MSP", NodeOu.ADMIN))).isTrue();
        assertThat(satisfied("OR('Org1MSP.member')", new Endorser("Org1MSP", NodeOu.ORDERER))).isTrue();
        assertThat(satisfied("OR('Org1MSP.peer')", peer("Org2MSP"))).isFalse();
    }

    @Test
    void oneEndorserSatisfiesOnePrincipalOnly() {
        assertThat(satisfied("AND('Org1MSP.peer', 'Org1MSP.member')", peer("Org1MSP"))).isFalse();
        assertThat(satisfied("AND('Org1MSP.peer', 'Org1MSP.member')", peer("Org1MSP"), peer("Org1MSP")))
                .as("two peers of Org1MSP").isTrue();
    }

    @Test
    void implicitPoliciesCountTheChannelsOrganisationsByTheirPeers() {
        assertThat(EndorsementPolicy.majority().isSatisfiedBy(List.of(peer("Org1MSP"), peer("Org2MSP")), THREE)).isTrue();
        assertThat(EndorsementPolicy.majority().isSatisfiedBy(List.of(peer("Org1MSP"), peer("Org1MSP")), THREE)).isFalse();
        assertThat(EndorsementPolicy.any().isSatisfiedBy(List.of(peer("Org3MSP")), THREE)).isTrue();
        assertThat(EndorsementPolicy.any().isSatisfiedBy(List.of(peer("Org9MSP")), THREE)).as("not a member").isFalse();
        assertThat(EndorsementPolicy.any().isSatisfiedBy(List.of(new Endorser("Org1MSP", NodeOu.CLIENT)), THREE)).isFalse();
        assertThat(EndorsementPolicy.all().isSatisfiedBy(List.of(peer("Org1MSP"), peer("Org2MSP")), THREE)).isFalse();
        assertThat(EndorsementPolicy.all().isSatisfiedBy(List.of(peer("Org1MSP"), peer("Org2MSP"), peer("Org3MSP")), THREE))
                .isTrue();
    }

    @Test
    void theFewestOrganisationsArePickedPreferringTheFirst() {
        List<String> candidates = List.of("Org2MSP", "Org1MSP", "Org3MSP");
        assertThat(EndorsementPolicy.parse("OR('Org1MSP.peer', 'Org2MSP.peer')").organisationsToSatisfy(candidates, THREE))
                .contains(List.of("Org2MSP"));
        assertThat(EndorsementPolicy.parse("AND('Org3MSP.peer', 'Org1MSP.peer')").organisationsToSatisfy(candidates, THREE))
                .contains(List.of("Org1MSP", "Org3MSP"));
        assertThat(EndorsementPolicy.majority().organisationsToSatisfy(candidates, THREE)).contains(List.of("Org2MSP", "Org1MSP"));
        assertThat(EndorsementPolicy.all().organisationsToSatisfy(candidates, THREE)).contains(candidates);
    }

    @Test
    void noOrganisationsWhenPeersCannotSatisfyThePolicy() {
        List<String> candidates = List.of("Org1MSP", "Org2MSP");
        assertThat(EndorsementPolicy.parse("OR('Org1MSP.client')").organisationsToSatisfy(candidates, THREE)).isEmpty();
        assertThat(EndorsementPolicy.parse("OR('Org3MSP.peer')").organisationsToSatisfy(candidates, THREE)).isEmpty();
    }
}
