package org.openbsn.orderingbridge.command;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.openbsn.infra.error.FieldViolation;
import org.openbsn.infra.ledger.Endorsement;
import org.openbsn.orderingbridge.api.ChaincodeSource;
import org.openbsn.orderingbridge.api.CreateChannelCommand;
import org.openbsn.orderingbridge.api.DeployChaincodeCommand;

/** What Fabric accepts as channel and chaincode names, and what a channel needs to be created. */
final class ChannelRules {

    /** Fabric's channel name rule, with the "ch" prefix that keeps channel ids apart from other aggregate ids. */
    static final Pattern CHANNEL_ID = Pattern.compile("ch[a-z0-9.-]{0,247}");
    static final Pattern CHAINCODE_NAME = Pattern.compile("[A-Za-z0-9]+([-_][A-Za-z0-9]+)*");
    static final int CHAINCODE_NAME_MAX = 100;
    static final Pattern MSP_ID = Pattern.compile("[A-Za-z0-9.-]{1,100}");

    private ChannelRules() {
    }

    static List<FieldViolation> check(CreateChannelCommand command) {
        List<FieldViolation> violations = new ArrayList<>();
        channelId(command.channelId(), violations);
        required("applicationId", command.applicationId(), violations);
        required("clusterId", command.clusterId(), violations);
        if (command.memberMspIds() == null || command.memberMspIds().isEmpty()
                || command.memberMspIds().stream().anyMatch(id -> id == null || !MSP_ID.matcher(id).matches())) {
            violations.add(FieldViolation.of("memberMspIds", "rule.msp-ids",
                    "needs at least one organisation, each MSP id of letters, digits, dots and dashes"));
        } else if (command.endorsement().kind() == Endorsement.Kind.AT_LEAST
                && (command.endorsement().n() < 1 || command.endorsement().n() > command.memberMspIds().size())) {
            // no more organisations can endorse than the channel has
            violations.add(FieldViolation.of("endorsement", "rule.range", "must be a whole number from 1 to "
                    + command.memberMspIds().size(), 1, command.memberMspIds().size()));
        }
        return violations;
    }

    static List<FieldViolation> check(DeployChaincodeCommand command) {
        List<FieldViolation> violations = new ArrayList<>();
        String name = command.chaincodeName();
        if (name == null || name.length() > CHAINCODE_NAME_MAX || !CHAINCODE_NAME.matcher(name).matches()) {
            violations.add(FieldViolation.of("chaincodeName", "rule.chaincode-name",
                    "must be letters and digits, joined by single dashes or underscores (at most " + CHAINCODE_NAME_MAX
                            + " characters)", CHAINCODE_NAME_MAX));
        }
        ChaincodeSource source = command.source();
        if (source == null || source.kind() == null || source.kind().isBlank()) {
            violations.add(FieldViolation.of("source", "rule.required", "is required"));
        }
        if (command.sequence() < 1) {
            violations.add(FieldViolation.of("sequence", "rule.range", "must be a whole number from 1 to "
                    + Integer.MAX_VALUE, 1, Integer.MAX_VALUE));
        }
        return violations;
    }

    static void channelId(String channelId, List<FieldViolation> violations) {
        if (channelId == null || !CHANNEL_ID.matcher(channelId).matches()) {
            violations.add(FieldViolation.of("channelId", "rule.channel-id",
                    "must start with 'ch' and hold only lowercase letters, digits, dots and dashes (at most 249 characters)"));
        }
    }

    static void required(String field, String value, List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            violations.add(FieldViolation.of(field, "rule.required", "is required"));
        }
    }
}
