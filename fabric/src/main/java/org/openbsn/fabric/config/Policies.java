package org.openbsn.fabric.config;

import java.util.List;

import org.hyperledger.fabric.protos.common.ConfigPolicy;
import org.hyperledger.fabric.protos.common.ImplicitMetaPolicy;
import org.hyperledger.fabric.protos.common.MSPPrincipal;
import org.hyperledger.fabric.protos.common.MSPRole;
import org.hyperledger.fabric.protos.common.Policy;
import org.hyperledger.fabric.protos.common.SignaturePolicy;
import org.hyperledger.fabric.protos.common.SignaturePolicyEnvelope;

/** Fabric's policy protos as a channel configuration holds them, every one modified only by its group's Admins. */
final class Policies {

    static final String ADMINS = "Admins";

    private Policies() {
    }

    /** {@code rule} (ANY, ALL, MAJORITY) of the same-named sub-policy of every child group. */
    static ConfigPolicy implicit(ImplicitMetaPolicy.Rule rule, String subPolicy) {
        ImplicitMetaPolicy meta = ImplicitMetaPolicy.newBuilder().setRule(rule).setSubPolicy(subPolicy).build();
        return wrap(Policy.newBuilder().setType(Policy.PolicyType.IMPLICIT_META_VALUE).setValue(meta.toByteString()).build());
    }

    /** A signature of any one of these roles of {@code mspId}. */
    static ConfigPolicy anyOf(String mspId, MSPRole.MSPRoleType... roles) {
        List<Role> principals = java.util.Arrays.stream(roles).map(role -> new Role(mspId, role)).toList();
        return wrap(signature(1, principals));
    }

    /** Signatures of at least {@code n} of these principals. */
    static ConfigPolicy outOf(int n, List<Role> principals) {
        return wrap(signature(n, principals));
    }

    /** One organisation's role as a policy names it. */
    record Role(String mspId, MSPRole.MSPRoleType role) {
    }

    /** The signature policy envelope alone, as a chaincode definition's validation parameter carries it. */
    static SignaturePolicyEnvelope envelope(int n, List<Role> principals) {
        SignaturePolicyEnvelope.Builder envelope = SignaturePolicyEnvelope.newBuilder().setVersion(0);
        SignaturePolicy.NOutOf.Builder outOf = SignaturePolicy.NOutOf.newBuilder().setN(n);
        for (int i = 0; i < principals.size(); i++) {
            Role principal = principals.get(i);
            envelope.addIdentities(MSPPrincipal.newBuilder()
                    .setPrincipalClassification(MSPPrincipal.Classification.ROLE)
                    .setPrincipal(MSPRole.newBuilder().setMspIdentifier(principal.mspId()).setRole(principal.role())
                            .build().toByteString()));
            outOf.addRules(SignaturePolicy.newBuilder().setSignedBy(i));
        }
        return envelope.setRule(SignaturePolicy.newBuilder().setNOutOf(outOf)).build();
    }

    private static Policy signature(int n, List<Role> principals) {
        return Policy.newBuilder().setType(Policy.PolicyType.SIGNATURE_VALUE)
                .setValue(envelope(n, principals).toByteString()).build();
    }

    private static ConfigPolicy wrap(Policy policy) {
        return ConfigPolicy.newBuilder().setPolicy(policy).setModPolicy(ADMINS).build();
    }
}
