package org.openbsn.devnet.policy;

import java.util.ArrayList;
import java.util.List;

import com.google.protobuf.InvalidProtocolBufferException;
import org.hyperledger.fabric.protos.common.ImplicitMetaPolicy;
import org.hyperledger.fabric.protos.common.MSPPrincipal;
import org.hyperledger.fabric.protos.common.MSPRole;
import org.hyperledger.fabric.protos.common.Policy;
import org.hyperledger.fabric.protos.common.SignaturePolicyEnvelope;

/**
 * A policy as a channel's configuration or a chaincode definition carries it, in Fabric's protos, read as devnet's
 * {@link EndorsementPolicy}: a signature policy (n out of principals, each an organisation's role) keeps its shape;
 * an implicit meta policy over the organisations' Endorsement policies (each {@code OR('Org.peer')}) becomes ANY, ALL
 * or MAJORITY of the channel's organisations.
 */
public final class ConfigPolicies {

    private ConfigPolicies() {
    }

    /** {@code policy} as devnet evaluates it; an {@code IllegalArgumentException} names what it cannot read. */
    public static EndorsementPolicy of(Policy policy) {
        try {
            return switch (policy.getType()) {
                case Policy.PolicyType.SIGNATURE_VALUE -> of(SignaturePolicyEnvelope.parseFrom(policy.getValue()));
                case Policy.PolicyType.IMPLICIT_META_VALUE -> implicit(ImplicitMetaPolicy.parseFrom(policy.getValue()));
                default -> throw new IllegalArgumentException("policy type " + policy.getType() + " is not a signature or"
                        + " implicit meta policy");
            };
        } catch (InvalidProtocolBufferException malformed) {
            throw new IllegalArgumentException("the policy cannot be read: " + malformed.getMessage());
        }
    }

    /** A signature policy envelope, as a chaincode definition's validation parameter may carry it. */
    public static EndorsementPolicy of(SignaturePolicyEnvelope envelope) {
        List<Principal> principals = new ArrayList<>();
        for (MSPPrincipal identity : envelope.getIdentitiesList()) {
            principals.add(principal(identity));
        }
        return new SignaturePolicy(rule(envelope.getRule(), principals));
    }

    private static SignaturePolicy.Rule rule(org.hyperledger.fabric.protos.common.SignaturePolicy rule,
                                             List<Principal> principals) {
        if (rule.getTypeCase() == org.hyperledger.fabric.protos.common.SignaturePolicy.TypeCase.SIGNED_BY) {
            int index = rule.getSignedBy();
            if (index < 0 || index >= principals.size()) {
                throw new IllegalArgumentException("the policy names identity " + index + " of " + principals.size());
            }
            return new SignaturePolicy.SignedBy(principals.get(index));
        }
        List<SignaturePolicy.Rule> rules = new ArrayList<>();
        rule.getNOutOf().getRulesList().forEach(inner -> rules.add(rule(inner, principals)));
        return new SignaturePolicy.OutOf(rule.getNOutOf().getN(), rules);
    }

    private static Principal principal(MSPPrincipal identity) {
        if (identity.getPrincipalClassification() != MSPPrincipal.Classification.ROLE) {
            throw new IllegalArgumentException("devnet reads policies of organisations' roles, not of "
                    + identity.getPrincipalClassification() + " principals");
        }
        try {
            MSPRole role = MSPRole.parseFrom(identity.getPrincipal());
            Principal.Role named = switch (role.getRole()) {
                case MEMBER -> Principal.Role.MEMBER;
                case ADMIN -> Principal.Role.ADMIN;
                case CLIENT -> Principal.Role.CLIENT;
                case PEER -> Principal.Role.PEER;
                case ORDERER -> Principal.Role.ORDERER;
                default -> throw new IllegalArgumentException("unknown role " + role.getRole() + " in the policy");
            };
            return new Principal(role.getMspIdentifier(), named);
        } catch (InvalidProtocolBufferException malformed) {
            throw new IllegalArgumentException("a principal of the policy cannot be read: " + malformed.getMessage());
        }
    }

    private static EndorsementPolicy implicit(ImplicitMetaPolicy meta) {
        return new ImplicitPolicy(switch (meta.getRule()) {
            case ANY -> ImplicitPolicy.Rule.ANY;
            case ALL -> ImplicitPolicy.Rule.ALL;
            case MAJORITY -> ImplicitPolicy.Rule.MAJORITY;
            default -> throw new IllegalArgumentException("unknown implicit meta rule " + meta.getRule());
        });
    }
}
