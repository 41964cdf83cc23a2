package org.openbsn.applications.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.openbsn.applications.api.ApplicationRole;
import org.openbsn.applications.api.ParticipantAppliedEvent;
import org.openbsn.applications.api.ParticipantInvitedEvent;
import org.openbsn.applications.api.ParticipantJoinedApplicationEvent;
import org.openbsn.applications.api.ParticipantRejectedEvent;
import org.openbsn.applications.api.ParticipantStatus;
import org.openbsn.infra.error.DomainException;

/** The participants of one application: invited, applied, members, turned down; part of the {@link Application} aggregate. */
class Members {

    private record Entry(ParticipantStatus status, List<String> roles) {
    }

    private final Map<String, Entry> entries = new HashMap<>();

    void invite(String applicationId, String accountId, List<String> roles, List<ApplicationRole> defined) {
        requireRoles(roles, defined);
        Entry entry = entries.get(accountId);
        if (entry != null && entry.status() == ParticipantStatus.MEMBER) {
            throw new DomainException("application.already-member", "This account is a member already");
        }
        if (entry == null || !entry.roles().equals(roles) || entry.status() != ParticipantStatus.INVITED) {
            apply(new ParticipantInvitedEvent(applicationId, accountId, List.copyOf(roles)));
        }
    }

    void accept(String applicationId, String appCode, String accountId) {
        Entry entry = entries.get(accountId);
        if (entry != null && entry.status() == ParticipantStatus.MEMBER) {
            return;
        }
        if (entry == null || entry.status() != ParticipantStatus.INVITED) {
            throw new DomainException("application.not-invited", "There is no invitation for this account to accept");
        }
        apply(new ParticipantJoinedApplicationEvent(applicationId, appCode, accountId, entry.roles()));
    }

    void applyToJoin(String applicationId, String accountId, String role, String note, List<ApplicationRole> defined) {
        requireRoles(List.of(role), defined);
        Entry entry = entries.get(accountId);
        if (entry != null && entry.status() == ParticipantStatus.MEMBER) {
            throw new DomainException("application.already-member", "This account is a member already");
        }
        if (entry == null || entry.status() != ParticipantStatus.APPLIED || !entry.roles().equals(List.of(role))) {
            apply(new ParticipantAppliedEvent(applicationId, accountId, role, note == null ? "" : note.strip()));
        }
    }

    void approve(String applicationId, String appCode, String accountId, List<String> roles, List<ApplicationRole> defined) {
        requireRoles(roles, defined);
        Entry entry = entries.get(accountId);
        if (entry == null || entry.status() == ParticipantStatus.REJECTED || entry.status() == ParticipantStatus.INVITED) {
            throw new DomainException("application.nothing-to-approve", "This account has not applied to join");
        }
        if (entry.status() != ParticipantStatus.MEMBER || !entry.roles().equals(roles)) {
            apply(new ParticipantJoinedApplicationEvent(applicationId, appCode, accountId, List.copyOf(roles)));
        }
    }

    void reject(String applicationId, String accountId, String reason) {
        Entry entry = entries.get(accountId);
        if (entry == null || entry.status() != ParticipantStatus.APPLIED) {
            throw new DomainException("application.nothing-to-reject", "This account has no pending application to turn down");
        }
        if (reason == null || reason.isBlank()) {
            throw new DomainException("application.reason-required", "Say why the application to join is turned down");
        }
        apply(new ParticipantRejectedEvent(applicationId, accountId, reason.strip()));
    }

    /** The roles held or offered to participants who are invited or joined: an upgrade must keep them. */
    Set<String> rolesInUse() {
        return entries.values().stream()
                .filter(entry -> entry.status() == ParticipantStatus.INVITED || entry.status() == ParticipantStatus.MEMBER)
                .flatMap(entry -> entry.roles().stream())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static void requireRoles(List<String> roles, List<ApplicationRole> defined) {
        if (roles == null || roles.isEmpty()) {
            throw new DomainException("application.roles-required", "Choose at least one role");
        }
        Set<String> names = defined.stream().map(ApplicationRole::name).collect(Collectors.toSet());
        for (String role : roles) {
            if (!names.contains(role)) {
                throw new DomainException("application.unknown-role", "The application has no role " + role, role);
            }
        }
    }

    void on(ParticipantInvitedEvent event) {
        entries.put(event.accountId(), new Entry(ParticipantStatus.INVITED, event.roles()));
    }

    void on(ParticipantAppliedEvent event) {
        entries.put(event.accountId(), new Entry(ParticipantStatus.APPLIED, List.of(event.role())));
    }

    void on(ParticipantJoinedApplicationEvent event) {
        entries.put(event.accountId(), new Entry(ParticipantStatus.MEMBER, event.roles()));
    }

    void on(ParticipantRejectedEvent event) {
        entries.put(event.accountId(), new Entry(ParticipantStatus.REJECTED, List.of()));
    }
}
