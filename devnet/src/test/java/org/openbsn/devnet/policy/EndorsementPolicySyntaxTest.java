package org.openbsn.devnet.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Fabric's signature-policy syntax read into policies, and every mistake named with its position. */
class EndorsementPolicySyntaxTest {

    private static PolicySyntaxException refusal(String text) {
        try {
            EndorsementPolicy.parse(text);
        } catch (PolicySyntaxException refused) {
            return refused;
        }
        throw new AssertionError("'" + text + "' should not parse");
    }

    @Test
    void readsGatesOverPrincipals() {
        EndorsementPolicy policy = EndorsementPolicy.parse("AND('Org1MSP.peer', 'Org2MSP.peer')");
        assertThat(policy).isEqualTo(new SignaturePolicy(new SignaturePolicy.OutOf(2, List.of(
                new SignaturePolicy.SignedBy(new Principal("Org1MSP", Principal.Role.PEER)),
                new SignaturePolicy.SignedBy(new Principal("Org2MSP", Principal.Role.PEER))))));
    }

    @Test
    void readsNestedGatesInAnyLetterCaseAndWritesThemBackCanonically() {
        String text = " or( 'A.member' ,and('B.admin',\"C-1.org.client\"), OUTOF(2,'D.peer','E.peer','F.orderer'))";
        EndorsementPolicy policy = EndorsementPolicy.parse(text);
        assertThat(policy).hasToString(
                "OR('A.member', AND('B.admin', 'C-1.org.client'), OutOf(2, 'D.peer', 'E.peer', 'F.orderer'))");
        assertThat(EndorsementPolicy.parse(policy.toString())).isEqualTo(policy);
    }

    @Test
    void readsTheImplicitPoliciesOfTheChannel() {
        assertThat(EndorsementPolicy.parse("MAJORITY")).isEqualTo(EndorsementPolicy.majority());
        assertThat(EndorsementPolicy.parse("ANY Endorsement")).isEqualTo(EndorsementPolicy.any());
        assertThat(EndorsementPolicy.parse(" all ")).isEqualTo(EndorsementPolicy.all());
        assertThat(EndorsementPolicy.majority()).hasToString("MAJORITY");
    }

    @Test
    void anEmptyPolicyIsRefused() {
        assertThat(refusal("  ")).hasMessage("the policy is empty at position 1");
    }

    @Test
    void anUnknownGateIsNamedWhereItStands() {
        PolicySyntaxException refused = refusal("OR('A.peer', XOR('B.peer'))");
        assertThat(refused).hasMessageStartingWith("unknown gate 'XOR'").hasMessageEndingWith("at position 14");
        assertThat(refused.position()).isEqualTo(14);
    }

    @Test
    void anUnknownRoleIsNamed() {
        assertThat(refusal("AND('Org1MSP.peers')"))
                .hasMessage("unknown role 'peers' in principal 'Org1MSP.peers'; use member, admin, client, peer or orderer"
                        + " at position 5");
    }

    @Test
    void aPrincipalWithoutRoleOrWithABadMspIdIsRefused() {
        assertThat(refusal("'Org1MSP'")).hasMessageContaining("must be '<MspId>.<role>'").hasMessageEndingWith("position 1");
        assertThat(refusal("OR('Org 1.peer')")).hasMessageContaining("the MSP id 'Org 1' may hold only");
        assertThat(refusal("OR('Org1MSP.peer)")).hasMessage("the principal has no closing ' at position 4");
    }

    @Test
    void aMissingParenthesisOrCommaIsRefused() {
        assertThat(refusal("AND('A.peer', 'B.peer'"))
                .hasMessage("the policy ends before the ')' closing AND (opened at position 1) at position 23");
        assertThat(refusal("AND('A.peer' 'B.peer')")).hasMessage("expected ',' or ')' in AND but found ''' at position 14");
        assertThat(refusal("AND 'A.peer'")).hasMessage("expected '(' after AND at position 5");
        assertThat(refusal("OR()")).hasMessage("unexpected ')' where a gate or a principal was expected at position 4");
        assertThat(refusal("OR('A.peer') x")).hasMessage("unexpected 'x' after the end of the policy at position 14");
    }

    @Test
    void outOfNeedsACountItsPoliciesCanMeet() {
        assertThat(refusal("OutOf('A.peer', 'B.peer')")).hasMessageStartingWith("OutOf needs the number of required signatures first");
        assertThat(refusal("OutOf(3, 'A.peer', 'B.peer')"))
                .hasMessage("OutOf(3, ...) requires more signatures than the 2 policies it lists at position 1");
        assertThat(refusal("OutOf(0, 'A.peer')")).hasMessage("OutOf needs at least 1 required signature at position 7");
        assertThat(refusal("OutOf(1 'A.peer')")).hasMessage("expected ',' after the number of required signatures at position 9");
    }
}
