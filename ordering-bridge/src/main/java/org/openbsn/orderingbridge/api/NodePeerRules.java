package org.openbsn.orderingbridge.api;

import java.util.ArrayList;
import java.util.List;

import org.openbsn.infra.error.FieldViolation;

/** What a peer enrolment must say: a short lowercase name, a host name or address, and a port. */
public final class NodePeerRules {

    public static final String NAME_PATTERN = "[a-z][a-z0-9-]{0,19}";
    private static final String HOST_PATTERN = "[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?|\\[?[0-9A-Fa-f:]+]?";

    private NodePeerRules() {
    }

    public static List<FieldViolation> check(EnrolNodePeerCommand command) {
        List<FieldViolation> violations = new ArrayList<>();
        if (command.peerName() == null || !command.peerName().matches(NAME_PATTERN)) {
            violations.add(FieldViolation.of("peerName", "rule.pattern", "must match " + NAME_PATTERN,
                    command.peerName() == null ? "" : command.peerName(), NAME_PATTERN));
        }
        if (command.host() == null || !command.host().matches(HOST_PATTERN)) {
            violations.add(FieldViolation.of("host", "rule.pattern", "must be a host name or an IP address",
                    command.host() == null ? "" : command.host(), "host name / IP"));
        }
        if (command.port() < 1 || command.port() > 65535) {
            violations.add(FieldViolation.of("port", "rule.range", "must be from 1 to 65535", 1, 65535));
        }
        return violations;
    }
}
