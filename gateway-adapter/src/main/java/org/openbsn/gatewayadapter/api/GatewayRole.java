package org.openbsn.gatewayadapter.api;

import java.util.List;

/** A role of an application: the names of the functions it may call. */
public record GatewayRole(String name, List<String> functions) {

    public static final String SYS_ADMIN = "SysAdmin";

    public GatewayRole {
        functions = functions == null ? List.of() : List.copyOf(functions);
    }

    /** The SysAdmin role over every one of {@code functions}, as the base chaincode comes with. */
    public static GatewayRole sysAdminOf(List<GatewayFunction> functions) {
        return new GatewayRole(SYS_ADMIN, functions.stream().map(GatewayFunction::name).toList());
    }
}
