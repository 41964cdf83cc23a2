package org.openbsn.applications.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.openbsn.infra.error.FieldViolation;

/** The rules an application's design must keep: a draft may be incomplete, an ordered design may not. */
public final class ApplicationRules {

    public static final int NAME_MAX = 60;
    public static final int DESCRIPTION_MAX = 500;
    public static final int YEARS_MAX = 5;
    public static final int NODES_MAX = 20;
    private static final Pattern FUNCTION_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");
    private static final Pattern ROLE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_ -]{0,63}");

    private ApplicationRules() {
    }

    /** What is wrong with a draft: only what is there is checked. */
    public static List<FieldViolation> draftViolations(ApplicationDesign design) {
        List<FieldViolation> violations = new ArrayList<>();
        String name = design.name() == null ? "" : design.name().strip();
        if (name.length() < 2 || name.length() > NAME_MAX) {
            violations.add(FieldViolation.of("name", "application.name.length", "The name must have 2 to " + NAME_MAX + " characters", NAME_MAX));
        }
        if (design.description().length() > DESCRIPTION_MAX) {
            violations.add(FieldViolation.of("description", "application.description.length",
                    "The description must have at most " + DESCRIPTION_MAX + " characters", DESCRIPTION_MAX));
        }
        if (design.years() < 1 || design.years() > YEARS_MAX) {
            violations.add(FieldViolation.of("years", "application.years.range", "Buy between 1 and " + YEARS_MAX + " years", YEARS_MAX));
        }
        nodeViolations(design, violations);
        endorsementViolations(design, violations);
        functionAndRoleViolations(design, violations);
        return violations;
    }

    /** What keeps a design from being ordered: the draft rules, plus at least one node and one role. */
    public static List<FieldViolation> orderViolations(ApplicationDesign design) {
        List<FieldViolation> violations = draftViolations(design);
        if (design.nodes().isEmpty()) {
            violations.add(FieldViolation.of("nodes", "application.nodes.none", "Choose at least one city node"));
        }
        if (design.functions().isEmpty() || design.roles().isEmpty()) {
            violations.add(FieldViolation.of("roles", "application.roles.none", "Define at least one function and one role"));
        }
        return violations;
    }

    private static void nodeViolations(ApplicationDesign design, List<FieldViolation> violations) {
        if (design.nodes().size() > NODES_MAX) {
            violations.add(FieldViolation.of("nodes", "application.nodes.too-many", "Choose at most " + NODES_MAX + " city nodes", NODES_MAX));
        }
        Set<String> seen = new HashSet<>();
        for (NodeResources node : design.nodes()) {
            if (!seen.add(node.nodeId())) {
                violations.add(FieldViolation.of("nodes", "application.nodes.twice", "Node " + node.nodeId() + " is chosen twice", node.nodeId()));
            }
            if (node.capacity().tps() < 1 || node.capacity().storageGb() < 0 || node.capacity().bandwidthMbps() < 0) {
                violations.add(FieldViolation.of("nodes", "application.nodes.resources",
                        "Node " + node.nodeId() + " needs at least 1 TPS and no negative storage or bandwidth", node.nodeId()));
            }
        }
    }

    /** Checked on every save, so removing nodes from a draft cannot leave it asking for more organisations than it has. */
    private static void endorsementViolations(ApplicationDesign design, List<FieldViolation> violations) {
        EndorsementChoice endorsement = design.endorsement();
        if (endorsement.kind() != EndorsementChoice.Kind.AT_LEAST) {
            return;
        }
        int nodes = design.nodes().size();
        if (endorsement.n() < 1) {
            violations.add(FieldViolation.of("endorsement", "application.endorsement.at-least-one",
                    "At least 1 organisation must endorse a transaction"));
        } else if (endorsement.n() > nodes) {
            violations.add(FieldViolation.of("endorsement", "application.endorsement.too-many",
                    "At least " + endorsement.n() + " organisations cannot endorse: only " + nodes
                            + " city nodes are chosen", endorsement.n(), nodes));
        }
    }

    private static void functionAndRoleViolations(ApplicationDesign design, List<FieldViolation> violations) {
        Set<String> functions = new HashSet<>();
        for (ApplicationFunction function : design.functions()) {
            if (function.name() == null || !FUNCTION_NAME.matcher(function.name()).matches()) {
                violations.add(FieldViolation.of("functions", "application.function.name",
                        "Function name \"" + function.name() + "\" must start with a letter and use letters, digits and _ only", function.name()));
            } else if (!functions.add(function.name())) {
                violations.add(FieldViolation.of("functions", "application.function.twice", "Function " + function.name() + " is defined twice", function.name()));
            }
            if (function.chaincodeFunction() == null || function.chaincodeFunction().isBlank() || function.type() == null) {
                violations.add(FieldViolation.of("functions", "application.function.incomplete",
                        "Function " + function.name() + " needs a chaincode function and a type", function.name()));
            }
        }
        Set<String> roles = new HashSet<>();
        for (ApplicationRole role : design.roles()) {
            if (role.name() == null || !ROLE_NAME.matcher(role.name()).matches()) {
                violations.add(FieldViolation.of("roles", "application.role.name", "Role name \"" + role.name() + "\" must start with a letter", role.name()));
            } else if (!roles.add(role.name())) {
                violations.add(FieldViolation.of("roles", "application.role.twice", "Role " + role.name() + " is defined twice", role.name()));
            }
            for (String function : role.functions()) {
                if (!functions.contains(function)) {
                    violations.add(FieldViolation.of("roles", "application.role.unknown-function",
                            "Role " + role.name() + " names function " + function + ", which is not defined", role.name(), function));
                }
            }
        }
    }
}
