package org.openbsn.gatewayadapter.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.security.PublicKey;
import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.openbsn.gatewayadapter.api.*;
import org.openbsn.gatewayadapter.keys.HostedKeys;
import org.openbsn.gatewayadapter.keys.Pems;
import org.openbsn.infra.error.FieldViolation;
import org.openbsn.infra.error.InvalidInputException;

/**
 * A participant as the gateway knows it, one across all its applications: the access key that signs
 * its calls, and its default transaction identity, made with its first access key when a CA is configured.
 */
@Aggregate
class GatewayParticipant {

    @AggregateIdentifier
    private String userCode;
    private boolean hasIdentity;

    GatewayParticipant() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    long handle(IssueAccessKeyCommand command, HostedKeys keys) {
        requireCode(command.userCode());
        apply(new AccessKeyIssuedEvent(command.userCode(), keys.newAccessKey(command.userCode())));
        issueIdentityIfMissing(command.userCode(), keys);
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    long handle(UploadAccessKeyCommand command, HostedKeys keys) {
        requireCode(command.userCode());
        PublicKey key;
        try {
            key = Pems.p256PublicKey(command.publicKeyPem());
        } catch (IllegalArgumentException wrong) {
            throw new InvalidInputException(List.of(FieldViolation.of("publicKeyPem", "rule.public-key", wrong.getMessage())));
        }
        keys.forgetAccessKey(command.userCode());
        apply(new AccessKeyUploadedEvent(command.userCode(), Pems.of(key)));
        issueIdentityIfMissing(command.userCode(), keys);
        return AggregateLifecycle.getVersion();
    }

    private void issueIdentityIfMissing(String code, HostedKeys keys) {
        if (!hasIdentity && keys.canCertify()) {
            HostedKeys.Certified certified = keys.newCertifiedKey(HostedKeys.identityKeyId(code), code, null);
            apply(new ParticipantIdentityIssuedEvent(code, certified.mspId(), certified.certificatePem()));
        }
    }

    private static void requireCode(String code) {
        GatewayRules.matches("userCode", code, GatewayRules.CODE)
                .ifPresent(violation -> InvalidInputException.throwIfAny(List.of(violation)));
    }

    @EventSourcingHandler
    void on(AccessKeyIssuedEvent event) {
        userCode = event.userCode();
    }

    @EventSourcingHandler
    void on(AccessKeyUploadedEvent event) {
        userCode = event.userCode();
    }

    @EventSourcingHandler
    void on(ParticipantIdentityIssuedEvent event) {
        hasIdentity = true;
    }
}
