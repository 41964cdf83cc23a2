package org.openbsn.portal.application;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.openbsn.applications.api.ApplicationView;
import org.openbsn.gatewayadapter.api.CallRate;
import org.openbsn.gatewayadapter.api.GatewayAdministration;
import org.openbsn.portal.ui.SvgLineChart;

/** The application's TPS used through the gateway, minute by minute over the last hour, against the TPS bought. */
final class TpsChart {

    static final Duration WINDOW = Duration.ofHours(1);
    static final int BUCKET_SECONDS = 60;

    private TpsChart() {
    }

    static Component of(ApplicationView application, GatewayAdministration gateway, Instant now) {
        Instant from = now.minus(WINDOW).truncatedTo(ChronoUnit.MINUTES);
        Map<Instant, CallRate> rates = new HashMap<>();
        gateway.callRates(application.appCode(), from, now, BUCKET_SECONDS).forEach(rate -> rates.put(rate.at(), rate));
        List<SvgLineChart.Point> used = new ArrayList<>();
        for (Instant bucket = from; bucket.isBefore(now); bucket = bucket.plusSeconds(BUCKET_SECONDS)) {
            CallRate rate = rates.get(bucket);
            used.add(new SvgLineChart.Point(bucket, rate == null ? 0 : (double) rate.allowed() / BUCKET_SECONDS));
        }
        int bought = application.design().totalTps();
        UI ui = UI.getCurrent();
        Component chart = SvgLineChart.titled(ui.getTranslation("dashboard.chart.title"))
                .valueLabel("TPS")
                .series(ui.getTranslation("dashboard.chart.used"), used)
                .series(ui.getTranslation("dashboard.chart.bought"),
                        List.of(new SvgLineChart.Point(from, bought), new SvgLineChart.Point(now, bought)))
                .until(now)
                .timeIn(ZoneId.systemDefault(), ui.getLocale())
                .toComponent();
        chart.setId("dashboard-tps-chart");
        return chart;
    }
}
