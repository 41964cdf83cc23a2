package org.openbsn.applications.api;

import java.util.List;

/** Writes the application's functions and roles and bought TPS into the gateway's permission store and makes its publisher a SysAdmin member; handled by the gateway. */
public record GrantApplicationAccessCommand(String appCode, String applicationId, String name, String channelId,
                                            String chaincodeName, CertificateMode mode, List<ApplicationFunction> functions,
                                            List<ApplicationRole> roles, List<NodeResources> nodes, String publisherId) {
}
