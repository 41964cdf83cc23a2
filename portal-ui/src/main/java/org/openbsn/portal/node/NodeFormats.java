package org.openbsn.portal.node;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import org.openbsn.noderegistry.api.Capacity;
import org.openbsn.noderegistry.api.NodeStatus;
import org.openbsn.noderegistry.api.UnitPrices;
import org.openbsn.portal.ui.Texts;

/** How node figures read in grids and details. */
public final class NodeFormats {

    private NodeFormats() {
    }

    public static String capacity(Capacity c) {
        return c.tps() + " TPS · " + c.storageGb() + " GB · " + c.bandwidthMbps() + " Mbps";
    }

    public static String prices(UnitPrices p) {
        return Texts.t("node.prices.format", p.perTps().amount().toPlainString(),
                p.perStorageGb().amount().toPlainString(), p.perBandwidthMbps().amount().toPlainString());
    }

    static Component status(NodeStatus status) {
        Span badge = new Span(Texts.t("status." + status.name()));
        String theme = switch (status) {
            case ACTIVE -> "badge success";
            case PENDING_APPROVAL -> "badge";
            case SUSPENDED -> "badge contrast";
            case REJECTED, RETIRED -> "badge error";
        };
        badge.getElement().getThemeList().addAll(java.util.List.of(theme.split(" ")));
        return badge;
    }
}
