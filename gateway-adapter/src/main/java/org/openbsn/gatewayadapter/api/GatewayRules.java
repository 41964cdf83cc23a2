package org.openbsn.gatewayadapter.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.openbsn.applications.api.ApplicationFunction;
import org.openbsn.applications.api.ApplicationRole;
import org.openbsn.infra.error.FieldViolation;

/** The rules the gateway's codes, names, functions and roles obey, shared by the portal's forms and the aggregates. */
public final class GatewayRules {

    /** appCode, userCode, user names, function and role names. */
    public static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    /** Fabric's channel names. */
    public static final Pattern CHANNEL = Pattern.compile("[a-z][a-z0-9.-]{0,248}");
    /** Fabric's chaincode names. */
    public static final Pattern CHAINCODE = Pattern.compile("[A-Za-z0-9]+([-_][A-Za-z0-9]+)*");
    public static final int NAME_MAX = 100;
    /** The most TPS one application can buy on one node; far above what a city node sells. */
    public static final int TPS_MAX = 100_000;

    private GatewayRules() {
    }

    /**
     * The userCode of the participant a portal account is: the account's id without its hyphens. It
     * must differ from the account's id, as the gateway's participant aggregate is stored under its
     * userCode in the same event store as the account.
     */
    public static String userCodeOfAccount(String accountId) {
        return accountId.replace("-", "");
    }

    /** {@code value} matches {@code pattern}, or a violation of {@code field} that quotes the rule. */
    public static Optional<FieldViolation> matches(String field, String value, Pattern pattern) {
        if (value == null || value.isEmpty()) {
            return Optional.of(FieldViolation.of(field, "rule.required", "is required"));
        }
        if (!pattern.matcher(value).matches()) {
            return Optional.of(FieldViolation.of(field, "rule.pattern",
                    "'" + value + "' must match " + pattern.pattern(), value, pattern.pattern()));
        }
        return Optional.empty();
    }

    /** Every broken rule of a quota: a node code, and a TPS from 0 (none bought, e.g. expired) to {@link #TPS_MAX}. */
    public static List<FieldViolation> checkQuota(SetGatewayQuotaCommand command) {
        List<FieldViolation> violations = new ArrayList<>();
        matches("nodeCode", command.nodeCode(), CODE).ifPresent(violations::add);
        if (command.tps() < 0 || command.tps() > TPS_MAX) {
            violations.add(FieldViolation.of("tps", "rule.range", "must be from 0 to " + TPS_MAX, 0, TPS_MAX));
        }
        return violations;
    }

    /** Every broken rule of an application's definition; a role may name only functions the application defines. */
    public static List<FieldViolation> checkDefinition(DefineGatewayApplicationCommand command) {
        List<FieldViolation> violations = new ArrayList<>();
        matches("appCode", command.appCode(), CODE).ifPresent(violations::add);
        if (command.name() == null || command.name().isBlank()) {
            violations.add(FieldViolation.of("name", "rule.required", "is required"));
        } else if (command.name().strip().length() > NAME_MAX) {
            violations.add(FieldViolation.of("name", "rule.max-length", "must be at most " + NAME_MAX + " characters", NAME_MAX));
        }
        matches("channelId", command.channelId(), CHANNEL).ifPresent(violations::add);
        matches("mspId", command.mspId(), CODE).ifPresent(violations::add);
        matches("chaincode", command.chaincode(), CHAINCODE).ifPresent(violations::add);
        if (command.mode() == null) {
            violations.add(FieldViolation.of("mode", "rule.required", "is required (KEY_TRUST or PUBLIC_KEY_UPLOAD)"));
        }
        Set<String> functions = checkFunctions(command.functions(), violations);
        checkRoles(command.roles(), functions, violations);
        return violations;
    }

    private static Set<String> checkFunctions(List<ApplicationFunction> functions, List<FieldViolation> violations) {
        Set<String> names = new HashSet<>();
        if (functions == null || functions.isEmpty()) {
            violations.add(FieldViolation.of("functions", "rule.required", "at least one function is required"));
            return names;
        }
        for (ApplicationFunction function : functions) {
            matches("functions", function.name(), CODE).ifPresent(violations::add);
            if (function.chaincodeFunction() == null || function.chaincodeFunction().isBlank()) {
                violations.add(FieldViolation.of("functions", "rule.function-target",
                        "function " + function.name() + " names no chaincode function", function.name()));
            }
            if (function.type() == null) {
                violations.add(FieldViolation.of("functions", "rule.function-type",
                        "function " + function.name() + " has no type (INVOKE, QUERY or EVENT)", function.name()));
            }
            if (function.name() != null && !names.add(function.name())) {
                violations.add(FieldViolation.of("functions", "rule.duplicate",
                        "function " + function.name() + " is defined twice", function.name()));
            }
        }
        return names;
    }

    private static void checkRoles(List<ApplicationRole> roles, Set<String> functions, List<FieldViolation> violations) {
        Set<String> names = new HashSet<>();
        for (ApplicationRole role : roles == null ? List.<ApplicationRole>of() : roles) {
            matches("roles", role.name(), CODE).ifPresent(violations::add);
            if (role.name() != null && !names.add(role.name())) {
                violations.add(FieldViolation.of("roles", "rule.duplicate", "role " + role.name() + " is defined twice",
                        role.name()));
            }
            for (String function : role.functions()) {
                if (!functions.contains(function)) {
                    violations.add(FieldViolation.of("roles", "rule.unknown-function",
                            "role " + role.name() + " names unknown function " + function, role.name(), function));
                }
            }
        }
    }
}
