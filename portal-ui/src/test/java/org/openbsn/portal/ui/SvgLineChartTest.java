package org.openbsn.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.openbsn.portal.ui.SvgLineChart.Point;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The server-drawn chart is well-formed SVG whose lines sit where their values say. */
class SvgLineChartTest {

    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** The (x, y) pairs of the polyline of the named series. */
    private static List<double[]> line(Document chart, String series) {
        NodeList lines = chart.getElementsByTagName("polyline");
        for (int i = 0; i < lines.getLength(); i++) {
            Element line = (Element) lines.item(i);
            if (line.getAttribute("data-series").equals(series)) {
                List<double[]> points = new ArrayList<>();
                for (String pair : line.getAttribute("points").split(" ")) {
                    String[] xy = pair.split(",");
                    points.add(new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])});
                }
                return points;
            }
        }
        throw new AssertionError("no line for " + series);
    }

    @Test
    void escapesEveryTextSoNoneCanBreakOutOfTheChart() throws Exception {
        String svg = SvgLineChart.titled("<script>alert('x')</script> & co").valueLabel("\"TPS\"")
                .series("app <b>", List.of(new Point(T0, 1))).toSvg();
        Document chart = parse(svg);
        assertThat(svg).doesNotContain("<script>").doesNotContain("<b>");
        assertThat(chart.getElementsByTagName("script").getLength()).isZero();
        assertThat(chart.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("<script>alert('x')</script> & co");
        assertThat(line(chart, "app <b>")).isNotEmpty();
    }

    @Test
    void placesHigherValuesHigherAndLaterTimesFurtherRight() throws Exception {
        Document chart = parse(SvgLineChart.titled("Reserved").size(600, 300)
                .series("tps", List.of(new Point(T0.plusSeconds(7200), 40), new Point(T0, 0), new Point(T0.plusSeconds(3600), 80)))
                .toSvg());
        List<double[]> points = line(chart, "tps");
        assertThat(points).hasSize(3);
        assertThat(points.get(0)[0]).isLessThan(points.get(1)[0]);
        assertThat(points.get(1)[0]).isLessThan(points.get(2)[0]);
        assertThat(points.get(1)[1]).isLessThan(points.get(2)[1]).isLessThan(points.get(0)[1]); // SVG y grows downwards
        assertThat(points.get(0)[0]).isEqualTo(60.0); // the first point on the value axis
        assertThat(points.get(2)[0]).isEqualTo(580.0); // the last at the right edge of the plot
    }

    @Test
    void aSteppedLineHoldsEachValueUntilTheNextPointAndUntilTheEnd() throws Exception {
        Document chart = parse(SvgLineChart.titled("Reserved").stepped().until(T0.plusSeconds(7200))
                .series("tps", List.of(new Point(T0, 10), new Point(T0.plusSeconds(3600), 20))).toSvg());
        List<double[]> points = line(chart, "tps");
        assertThat(points).hasSize(4);
        assertThat(points.get(1)[1]).isEqualTo(points.get(0)[1]); // still 10 just before the change
        assertThat(points.get(1)[0]).isEqualTo(points.get(2)[0]); // then straight up to 20
        assertThat(points.get(3)[1]).isEqualTo(points.get(2)[1]); // 20 held to the end
    }

    @Test
    void labelsTheValueAxisWithRoundNumbersAndTheTimeAxisInTheGivenZone() throws Exception {
        String svg = SvgLineChart.titled("Reserved").timeIn(ZoneOffset.ofHours(8), Locale.ENGLISH)
                .series("tps", List.of(new Point(T0, 0), new Point(T0.plusSeconds(3600), 730))).toSvg();
        assertThat(svg).contains(">1000<", ">750<", ">500<", ">0<").contains(">Nov 1 08:00<");
        assertThat(SvgLineChart.titled("Short").timeIn(ZoneOffset.UTC, Locale.ENGLISH)
                .series("tps", List.of(new Point(T0, 1), new Point(T0.plusSeconds(90), 2))).toSvg())
                .contains(">00:00:00<", ">00:01:30<");
        assertThat(SvgLineChart.niceCeiling(730)).isEqualTo(1000);
        assertThat(SvgLineChart.niceCeiling(42)).isEqualTo(50);
        assertThat(SvgLineChart.niceCeiling(0)).isEqualTo(1);
    }

    @Test
    void saysSoWhenThereIsNothingToDraw() throws Exception {
        Document chart = parse(SvgLineChart.titled("Reserved").whenEmpty("No data yet").series("tps", List.of()).toSvg());
        assertThat(chart.getElementsByTagName("polyline").getLength()).isZero();
        assertThat(chart.getDocumentElement().getTextContent()).contains("No data yet");
    }
}
