package org.openbsn.gatewayadapter.command;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.openbsn.applications.api.CertificateMode;
import org.openbsn.gatewayadapter.api.*;
import org.openbsn.gatewayadapter.keys.HostedKeys;
import org.openbsn.gatewayadapter.keys.Pems;
import org.openbsn.gatewayadapter.keys.UserSecrets;
import org.openbsn.infra.error.DomainException;
import org.openbsn.infra.error.FieldViolation;
import org.openbsn.infra.error.InvalidInputException;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** An application as the gateway serves it: its definition, its members' roles, and its registered users. */
@Aggregate
class GatewayApplication {

    @AggregateIdentifier
    private String appCode;
    private GatewayApplicationDefinedEvent definition;
    private final Map<String, List<String>> members = new HashMap<>();
    private final Map<String, String> userOwners = new HashMap<>();
    private final Map<String, Integer> quotas = new HashMap<>();
    /** The sequence number of the last event that changed each read-model row, returned when a command changes nothing. */
    private long definitionVersion;
    private final Map<String, Long> memberVersions = new HashMap<>();
    private final Map<String, Long> quotaVersions = new HashMap<>();

    GatewayApplication() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    long handle(DefineGatewayApplicationCommand command) {
        InvalidInputException.throwIfAny(GatewayRules.checkDefinition(command));
        GatewayApplicationDefinedEvent defined = new GatewayApplicationDefinedEvent(command.appCode(),
                command.name().strip(), command.channelId(), command.mspId(), command.chaincode(), command.mode(),
                List.copyOf(command.functions()), command.roles() == null ? List.of() : List.copyOf(command.roles()));
        if (definition != null) {
            if (!definition.channelId().equals(defined.channelId()) || !definition.mspId().equals(defined.mspId())
                    || !definition.chaincode().equals(defined.chaincode()) || definition.mode() != defined.mode()) {
                throw new DomainException("gateway.definition-fixed", "the channel, MSP, chaincode and certificate mode"
                        + " of application " + appCode + " cannot change once it is defined", appCode);
            }
            if (definition.equals(defined)) {
                return definitionVersion;
            }
        }
        apply(defined);
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(AdmitParticipantCommand command) {
        GatewayRules.matches("userCode", command.userCode(), GatewayRules.CODE)
                .ifPresent(violation -> InvalidInputException.throwIfAny(List.of(violation)));
        List<String> roles = List.copyOf(new LinkedHashSet<>(command.roles() == null ? List.of() : command.roles()));
        List<FieldViolation> unknown = new ArrayList<>();
        for (String role : roles) {
            if (definition.roles().stream().noneMatch(defined -> defined.name().equals(role))) {
                unknown.add(FieldViolation.of("roles", "rule.unknown-role",
                        "role " + role + " is not defined in application " + appCode, role, appCode));
            }
        }
        InvalidInputException.throwIfAny(unknown);
        if (roles.equals(members.get(command.userCode()))) {
            return memberVersions.get(command.userCode());
        }
        apply(new ParticipantAdmittedEvent(appCode, command.userCode(), roles));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(SetGatewayQuotaCommand command) {
        InvalidInputException.throwIfAny(GatewayRules.checkQuota(command));
        if (Integer.valueOf(command.tps()).equals(quotas.get(command.nodeCode()))) {
            return quotaVersions.get(command.nodeCode());
        }
        apply(new GatewayQuotaSetEvent(appCode, command.nodeCode(), command.tps()));
        return AggregateLifecycle.getVersion();
    }

    /** In a key-trust application the user's transaction key and certificate are made at once. */
    @CommandHandler
    long handle(RegisterGatewayUserCommand command, UserSecrets secrets, HostedKeys keys) {
        requireMember(command.userCode());
        String name = command.name();
        GatewayRules.matches("name", name, GatewayRules.CODE)
                .ifPresent(violation -> InvalidInputException.throwIfAny(List.of(violation)));
        if (command.secret() == null || command.secret().isEmpty()) {
            throw new InvalidInputException(List.of(FieldViolation.of("secret", "rule.required", "is required")));
        }
        if (userOwners.containsKey(name) || !secrets.claim(appCode, name, command.secret())) {
            throw new InvalidInputException(List.of(FieldViolation.of("name", "rule.user-name-taken",
                    "user name " + name + " is already registered in application " + appCode, name, appCode)));
        }
        HostedKeys.Certified certified = definition.mode() == CertificateMode.KEY_TRUST
                ? keys.newCertifiedKey(HostedKeys.userKeyId(appCode, name), name + "@" + appCode, definition.mspId())
                : null;
        apply(new GatewayUserRegisteredEvent(appCode, command.userCode(), name));
        if (certified != null) {
            apply(new GatewayUserEnrolledEvent(appCode, name, certified.mspId(), certified.certificatePem()));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(EnrollGatewayUserCommand command) {
        if (!userOwners.containsKey(command.name())) {
            throw new DomainException("gateway.unknown-user", "user name " + command.name()
                    + " is not registered in application " + appCode, command.name(), appCode);
        }
        if (definition.mode() != CertificateMode.PUBLIC_KEY_UPLOAD) {
            throw new DomainException("gateway.enroll-key-trust", "application " + appCode
                    + " uses key trust: its users get their certificates when they are registered", appCode);
        }
        X509Certificate certificate;
        try {
            certificate = Pems.certificate(command.certificatePem());
        } catch (IllegalArgumentException notPem) {
            throw new InvalidInputException(List.of(FieldViolation.of("certificatePem", "rule.certificate", notPem.getMessage())));
        }
        String expected = command.name() + "@" + appCode;
        String commonName = commonName(certificate);
        if (!expected.equals(commonName)) {
            throw new InvalidInputException(List.of(FieldViolation.of("certificatePem", "rule.certificate-cn",
                    "names CN=" + commonName + ", not " + expected, commonName, expected)));
        }
        apply(new GatewayUserEnrolledEvent(appCode, command.name(), definition.mspId(), Pems.of(certificate)));
        return AggregateLifecycle.getVersion();
    }

    private void requireMember(String userCode) {
        if (!members.containsKey(userCode)) {
            throw new DomainException("gateway.not-a-member", "user " + userCode + " is not a member of application "
                    + appCode, userCode, appCode);
        }
    }

    private static String commonName(X509Certificate certificate) {
        var names = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()).getRDNs(BCStyle.CN);
        return names.length == 0 ? "" : IETFUtils.valueToString(names[0].getFirst().getValue());
    }

    @EventSourcingHandler
    void on(GatewayApplicationDefinedEvent event, @SequenceNumber long sequence) {
        appCode = event.appCode();
        definition = event;
        definitionVersion = sequence;
    }

    @EventSourcingHandler
    void on(ParticipantAdmittedEvent event, @SequenceNumber long sequence) {
        members.put(event.userCode(), event.roles());
        memberVersions.put(event.userCode(), sequence);
    }

    @EventSourcingHandler
    void on(GatewayQuotaSetEvent event, @SequenceNumber long sequence) {
        quotas.put(event.nodeCode(), event.tps());
        quotaVersions.put(event.nodeCode(), sequence);
    }

    @EventSourcingHandler
    void on(GatewayUserRegisteredEvent event) {
        userOwners.put(event.name(), event.userCode());
    }
}
