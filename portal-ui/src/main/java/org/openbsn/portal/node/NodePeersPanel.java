package org.openbsn.portal.node;

import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.openbsn.infra.error.InvalidInputException;
import org.openbsn.orderingbridge.api.NodeOrganisationView;
import org.openbsn.orderingbridge.api.NodePeerView;
import org.openbsn.orderingbridge.api.NodePeers;
import org.openbsn.portal.ui.FieldErrors;
import org.openbsn.portal.ui.WholeNumberField;

/**
 * A node's Fabric organisation and the peers its owner runs for it: enrolling a peer gives, once, the zip of its MSP
 * and TLS files for Fabric's own peer binary.
 */
class NodePeersPanel extends VerticalLayout {

    private final String nodeId;
    private final NodePeers peers;
    private final Grid<NodePeerView> grid = new Grid<>();
    private final VerticalLayout download = new VerticalLayout();

    NodePeersPanel(String nodeId, Optional<NodeOrganisationView> organisation, NodePeers peers) {
        this.nodeId = nodeId;
        this.peers = peers;
        setId("node-peers");
        setPadding(false);
        add(new H3(getTranslation("peers.title")));
        if (organisation.isEmpty()) {
            add(new Paragraph(getTranslation("node.organisation.none")));
            return;
        }
        add(new Paragraph(getTranslation("node.organisation.format", organisation.get().mspId(),
                organisation.get().caFingerprint())));
        grid.addColumn(NodePeerView::peerName).setHeader(getTranslation("peers.name")).setAutoWidth(true);
        grid.addColumn(NodePeerView::address).setHeader(getTranslation("peers.address")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(grid, enrolForm(), download);
        download.setPadding(false);
        refresh();
    }

    private HorizontalLayout enrolForm() {
        TextField name = new TextField(getTranslation("peers.name"));
        name.setId("peer-name");
        name.setValue("peer0");
        TextField host = new TextField(getTranslation("peers.host"));
        host.setId("peer-host");
        WholeNumberField port = new WholeNumberField(getTranslation("peers.port"), 1, 65535);
        port.setId("peer-port");
        port.setValue(7051);
        FieldErrors errors = new FieldErrors().register("peerName", name).register("host", host).register("port", port);
        Button enrol = new Button(getTranslation("peers.enrol"), click -> {
            errors.clear();
            byte[] bundle;
            try {
                bundle = peers.enrol(nodeId, name.getValue().strip(), host.getValue().strip(),
                        port.getValue() == null ? 0 : port.getValue());
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
                return;
            }
            offer(name.getValue().strip(), bundle);
            refresh();
        });
        enrol.setId("enrol-peer");
        enrol.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, host, port, enrol);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return form;
    }

    /** The files are made for this answer only: the link serves them once. */
    private void offer(String peerName, byte[] bundle) {
        AtomicReference<byte[]> once = new AtomicReference<>(bundle);
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] zip = once.getAndSet(null);
            return zip == null ? DownloadResponse.error(410)
                    : new DownloadResponse(new ByteArrayInputStream(zip), peerName + "-peer.zip", "application/zip", zip.length);
        }), getTranslation("peers.download", peerName));
        link.setId("peer-download");
        download.removeAll();
        download.add(link, new Paragraph(getTranslation("peers.download.once")));
    }

    private void refresh() {
        grid.setItems(peers.of(nodeId));
    }
}
