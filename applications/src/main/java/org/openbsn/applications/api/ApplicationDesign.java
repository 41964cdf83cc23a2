package org.openbsn.applications.api;

import java.util.List;

import org.openbsn.noderegistry.api.Capacity;
import org.openbsn.orderingbridge.api.ChaincodeSource;

/**
 * What a publisher designs: name and description, the resources on each chosen city node, for how
 * many years, the chain, management and certificate modes, the chaincode, and its functions and roles.
 */
public record ApplicationDesign(String name, String description, List<NodeResources> nodes, int years,
                                ChainMode chainMode, ManagementMode managementMode, CertificateMode certificateMode,
                                ChaincodeSource chaincode, List<ApplicationFunction> functions,
                                List<ApplicationRole> roles) {

    public ApplicationDesign {
        description = description == null ? "" : description;
        nodes = nodes == null ? List.of() : List.copyOf(nodes);
        functions = functions == null ? List.of() : List.copyOf(functions);
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /** A new draft: no nodes yet, one year, a private chain managed by its publisher, key-trust, the base chaincode with SysAdmin. */
    public static ApplicationDesign draft(String name, String description) {
        List<ApplicationFunction> functions = ApplicationFunction.ofBaseChaincode();
        return new ApplicationDesign(name, description, List.of(), 1, ChainMode.PRIVATE, ManagementMode.CENTRALISED,
                CertificateMode.KEY_TRUST, ChaincodeSource.base(), functions,
                List.of(ApplicationRole.sysAdminOf(functions)));
    }

    /** The name the chaincode runs under on the channel: "base", or a package label's part before its first "_" or ":". */
    public String chaincodeName() {
        return ChaincodeSource.BASE.equals(chaincode.kind()) ? "base" : chaincode.packageId().split("[_:]", 2)[0];
    }

    /** The TPS bought over all chosen nodes. */
    public int totalTps() {
        return nodes.stream().mapToInt(node -> node.capacity().tps()).sum();
    }

    public Capacity capacityOn(String nodeId) {
        return nodes.stream().filter(node -> node.nodeId().equals(nodeId)).map(NodeResources::capacity).findFirst()
                .orElse(Capacity.NONE);
    }

    public ApplicationDesign withNodes(List<NodeResources> chosen) {
        return new ApplicationDesign(name, description, chosen, years, chainMode, managementMode, certificateMode,
                chaincode, functions, roles);
    }
}
