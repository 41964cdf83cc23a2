package org.openbsn.portal.node;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.ToDoubleFunction;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.openbsn.noderegistry.api.Capacity;
import org.openbsn.noderegistry.api.NodeUtilisation;
import org.openbsn.noderegistry.api.PeerUtilisation;
import org.openbsn.noderegistry.api.UtilisationPoint;
import org.openbsn.portal.ui.SvgLineChart;
import org.openbsn.portal.ui.SvgLineChart.Point;

/** How much of a node is reserved: a bar per resource, the peers of its pool, and charts of reservations over time. */
class NodeUtilisationPanel extends VerticalLayout {

    NodeUtilisationPanel(NodeUtilisation utilisation, List<UtilisationPoint> history) {
        setPadding(false);
        setId("node-utilisation");
        Capacity capacity = utilisation.capacity();
        Capacity reserved = utilisation.reserved();
        add(new H3(getTranslation("utilisation.title")),
                bar("utilisation-tps", getTranslation("utilisation.resource.tps"), reserved.tps(), capacity.tps(), "TPS"),
                bar("utilisation-storage", getTranslation("utilisation.resource.storage"), reserved.storageGb(), capacity.storageGb(), "GB"),
                bar("utilisation-bandwidth", getTranslation("utilisation.resource.bandwidth"), reserved.bandwidthMbps(),
                        capacity.bandwidthMbps(), "Mbps"),
                new H3(getTranslation("utilisation.peers")), peers(utilisation.peers()),
                charts(history));
    }

    private Div bar(String id, String label, int reserved, int capacity, String unit) {
        ProgressBar bar = new ProgressBar(0, Math.max(1, capacity), Math.min(reserved, Math.max(1, capacity)));
        Span text = new Span(getTranslation("utilisation.of", label, reserved, capacity, unit, percent(reserved, capacity)));
        Div row = new Div(text, bar);
        row.setId(id);
        row.setWidthFull();
        return row;
    }

    private Component peers(List<PeerUtilisation> peers) {
        if (peers.isEmpty()) {
            Span none = new Span(getTranslation("utilisation.no-peers"));
            none.setId("node-peers-empty");
            return none;
        }
        Grid<PeerUtilisation> grid = new Grid<>();
        grid.setId("node-peers");
        grid.addColumn(PeerUtilisation::peerId).setHeader(getTranslation("utilisation.peer")).setAutoWidth(true);
        grid.addColumn(p -> getTranslation(p.dedicated() ? "utilisation.dedicated" : "utilisation.shared"))
                .setHeader(getTranslation("utilisation.kind")).setAutoWidth(true);
        grid.addColumn(p -> getTranslation("utilisation.peer-load", p.tpsAllocated(), p.tpsCapacity(),
                percent(p.tpsAllocated(), p.tpsCapacity()))).setHeader(getTranslation("utilisation.load")).setAutoWidth(true);
        grid.addColumn(p -> String.join(", ", p.applicationIds())).setHeader(getTranslation("utilisation.applications"))
                .setFlexGrow(3);
        grid.setItems(peers);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Div charts(List<UtilisationPoint> history) {
        ZoneId zone = ZoneId.systemDefault();
        Instant now = Instant.now();
        Div tps = new Div(SvgLineChart.titled(getTranslation("utilisation.chart.tps")).valueLabel("TPS")
                .series(getTranslation("node.reserved"), points(history, p -> p.reserved().tps()))
                .series(getTranslation("node.capacity"), points(history, p -> p.capacity().tps()))
                .stepped().until(now).timeIn(zone, getLocale()).whenEmpty(getTranslation("utilisation.chart.empty"))
                .toComponent());
        tps.setId("utilisation-chart-tps");
        Div percent = new Div(SvgLineChart.titled(getTranslation("utilisation.chart.percent")).valueLabel("%")
                .series(getTranslation("utilisation.resource.storage"), points(history,
                        p -> percent(p.reserved().storageGb(), p.capacity().storageGb())))
                .series(getTranslation("utilisation.resource.bandwidth"), points(history,
                        p -> percent(p.reserved().bandwidthMbps(), p.capacity().bandwidthMbps())))
                .stepped().until(now).timeIn(zone, getLocale()).whenEmpty(getTranslation("utilisation.chart.empty"))
                .toComponent());
        percent.setId("utilisation-chart-percent");
        return new Div(tps, percent);
    }

    private static List<Point> points(List<UtilisationPoint> history, ToDoubleFunction<UtilisationPoint> value) {
        return history.stream().map(p -> new Point(p.at(), value.applyAsDouble(p))).toList();
    }

    private static int percent(int part, int whole) {
        return whole <= 0 ? 0 : (int) Math.round(100.0 * part / whole);
    }
}
