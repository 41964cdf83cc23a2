package org.openbsn.portal.node;

import java.util.List;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.openbsn.accounts.api.Role;
import org.openbsn.noderegistry.api.CityNodeView;
import org.openbsn.noderegistry.api.CityNodes;
import org.openbsn.noderegistry.api.NodeUtilisation;
import org.openbsn.orderingbridge.api.Channels;
import org.openbsn.orderingbridge.api.NodePeers;
import org.openbsn.portal.security.CurrentUser;
import org.openbsn.portal.security.PortalUser;

/**
 * The owner's view of one node: its utilisation, its Fabric organisation and the peers it runs; another owner's node
 * is not found, as if it did not exist.
 */
@Route("nodes/mine/:nodeId")
@RolesAllowed({"NODE_OWNER", "OPERATOR"})
public class NodeUtilisationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CityNodes nodes;
    private final CurrentUser currentUser;
    private final Channels network;
    private final NodePeers peers;
    private String title = "";

    public NodeUtilisationView(CityNodes nodes, CurrentUser currentUser, Channels network, NodePeers peers) {
        this.nodes = nodes;
        this.currentUser = currentUser;
        this.network = network;
        this.peers = peers;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String nodeId = event.getRouteParameters().get("nodeId").orElse("");
        PortalUser user = currentUser.get();
        CityNodeView node = nodes.find(nodeId)
                .filter(n -> n.ownerId().equals(user.accountId()) || user.holds(Role.OPERATOR))
                .orElseThrow(NotFoundException::new);
        NodeUtilisation utilisation = nodes.utilisation(nodeId)
                .orElseGet(() -> new NodeUtilisation(nodeId, node.capacity(), node.reserved(), List.of()));
        title = node.details().name();
        removeAll();
        add(new H2(getTranslation("utilisation.page-title", title)),
                new NodeUtilisationPanel(utilisation, nodes.utilisationHistory(nodeId)),
                new NodePeersPanel(nodeId, network.organisationOf(nodeId), peers));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("utilisation.page-title", title) + " · OpenBSN";
    }
}
