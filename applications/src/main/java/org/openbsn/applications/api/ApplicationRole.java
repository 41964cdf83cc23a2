package org.openbsn.applications.api;

import java.util.List;

/** A role of an application: the names of the functions it may call. */
public record ApplicationRole(String name, List<String> functions) {

    public static final String SYS_ADMIN = "SysAdmin";

    public ApplicationRole {
        functions = functions == null ? List.of() : List.copyOf(functions);
    }

    /** The SysAdmin role over every one of {@code functions}, as the base chaincode comes with. */
    public static ApplicationRole sysAdminOf(List<ApplicationFunction> functions) {
        return new ApplicationRole(SYS_ADMIN, functions.stream().map(ApplicationFunction::name).toList());
    }
}
