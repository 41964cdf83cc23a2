package org.openbsn.gatewayadapter.endpoint;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openbsn.applications.api.ApplicationFunction;
import org.openbsn.applications.api.ApplicationRole;
import org.openbsn.applications.api.CertificateMode;
import org.openbsn.gatewayadapter.api.GatewayApplicationView;

import static org.assertj.core.api.Assertions.assertThat;

class PermissionsTest {

    private static final GatewayApplicationView APP = new GatewayApplicationView("app0001", "Trace", "trace", "Org1MSP",
            "base", CertificateMode.KEY_TRUST, ApplicationFunction.ofBaseChaincode(),
            List.of(ApplicationRole.sysAdminOf(ApplicationFunction.ofBaseChaincode()), new ApplicationRole("Reader", List.of("get")),
                    new ApplicationRole("Auditor", List.of("getHistory"))), 0);

    @Test
    void anyOfTheMembersRolesMayGrantTheFunction() {
        assertThat(Permissions.denial(APP, "U1", List.of("SysAdmin"), "set")).isEmpty();
        assertThat(Permissions.denial(APP, "U1", List.of("Auditor", "Reader"), "get")).isEmpty();
    }

    @Test
    void aDenialNamesTheRolesThatLackTheFunction() {
        assertThat(Permissions.denial(APP, "U1", List.of("Reader"), "set"))
                .contains("role Reader of user U1 in application app0001 does not include function set");
        assertThat(Permissions.denial(APP, "U1", List.of("Reader", "Auditor"), "delete"))
                .contains("roles Reader, Auditor of user U1 in application app0001 do not include function delete");
        assertThat(Permissions.denial(APP, "U1", List.of(), "get"))
                .contains("user U1 has no role in application app0001, so it may not call function get");
        assertThat(Permissions.denial(APP, "U1", List.of("Writer"), "set")).get().asString()
                .endsWith("(no longer defined: Writer)");
    }
}
