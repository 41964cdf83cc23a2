package org.openbsn.applications.api;

import java.util.List;

import org.openbsn.noderegistry.api.Capacity;
import org.openbsn.orderingbridge.api.ChaincodeSource;

/**
 * What a publisher designs: name and description, the resources on each chosen city node, for how
 * many years, the chain, management and certificate modes, the chaincode, its functions and roles, and how many of
 * the nodes' organisations must endorse a transaction.
 */
public record ApplicationDesign(String name, String description, List<NodeResources> nodes, int years,
                                ChainMode chainMode, ManagementMode managementMode, CertificateMode certificateMode,
                                ChaincodeSource chaincode, List<ApplicationFunction> functions,
                                List<ApplicationRole> roles, EndorsementChoice endorsement) {

    public ApplicationDesign {
        description = description == null ? "" : description;
        nodes = nodes == null ? List.of() : List.copyOf(nodes);
        functions = functions == null ? List.of() : List.copyOf(functions);
        roles = roles == null ? List.of() : List.copyOf(roles);
        // a design saved before publishers chose had no rule: it was, and stays, a majority
        endorsement = endorsement == null ? EndorsementChoice.majority() : endorsement;
    }

    /**
     * A new draft: no nodes yet, one year, a private chain managed by its publisher, key-trust, the base chaincode
     * with SysAdmin, endorsed by a majority.
     */
    public static ApplicationDesign draft(String name, String description) {
        List<ApplicationFunction> functions = ApplicationFunction.ofBaseChaincode();
        return new ApplicationDesign(name, description, List.of(), 1, ChainMode.PRIVATE, ManagementMode.CENTRALISED,
                CertificateMode.KEY_TRUST, ChaincodeSource.base(), functions,
                List.of(ApplicationRole.sysAdminOf(functions)), EndorsementChoice.majority());
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
                chaincode, functions, roles, endorsement);
    }

    public ApplicationDesign withEndorsement(EndorsementChoice choice) {
        return new ApplicationDesign(name, description, nodes, years, chainMode, managementMode, certificateMode,
                chaincode, functions, roles, choice);
    }

    /** The same application running {@code source} with these functions and roles, as an upgrade makes it. */
    public ApplicationDesign withChaincode(ChaincodeSource source, List<ApplicationFunction> newFunctions,
                                           List<ApplicationRole> newRoles) {
        return new ApplicationDesign(name, description, nodes, years, chainMode, managementMode, certificateMode,
                source, newFunctions, newRoles, endorsement);
    }
}
