package org.openbsn.gatewayadapter.endpoint;

import java.util.List;
import java.util.Optional;
import org.openbsn.applications.api.ApplicationRole;
import org.openbsn.gatewayadapter.api.GatewayApplicationView;

/** ARBAC: a member may call a function when one of its roles in the application includes it. */
final class Permissions {

    private Permissions() {
    }

    /** Empty when allowed; otherwise why not, naming the roles and the function. */
    static Optional<String> denial(GatewayApplicationView app, String userCode, List<String> memberRoles, String function) {
        if (memberRoles.isEmpty()) {
            return Optional.of("user " + userCode + " has no role in application " + app.appCode()
                    + ", so it may not call function " + function);
        }
        for (String roleName : memberRoles) {
            Optional<ApplicationRole> role = app.role(roleName);
            if (role.isPresent() && role.get().functions().contains(function)) {
                return Optional.empty();
            }
        }
        List<String> undefined = memberRoles.stream().filter(role -> app.role(role).isEmpty()).toList();
        String roles = String.join(", ", memberRoles);
        String denial = memberRoles.size() == 1
                ? "role " + roles + " of user " + userCode + " in application " + app.appCode()
                        + " does not include function " + function
                : "roles " + roles + " of user " + userCode + " in application " + app.appCode()
                        + " do not include function " + function;
        if (!undefined.isEmpty()) {
            denial += " (no longer defined: " + String.join(", ", undefined) + ")";
        }
        return Optional.of(denial);
    }
}
