package org.openbsn.portal.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Html;

/**
 * A line chart of values over time, drawn on the server as one SVG element: a title, a labelled value
 * axis from zero, time ticks, a legend, and one line per series. Every text is escaped. Usage:
 * {@code SvgLineChart.titled("TPS").valueLabel("TPS").series("Reserved", points).stepped().until(now).toComponent()}.
 */
public final class SvgLineChart {

    /** One measurement: the value from {@code at} on. */
    public record Point(Instant at, double value) {
    }

    private record Series(String name, List<Point> points) {
    }

    private static final String[] COLOURS = {"#1676f3", "#e8590c", "#2f9e44", "#ae3ec9", "#f08c00"};
    private static final int LEFT = 60;
    private static final int RIGHT = 20;
    private static final int TOP = 48;
    private static final int BOTTOM = 44;

    private final String title;
    private final List<Series> series = new ArrayList<>();
    private String valueLabel = "";
    private String emptyText = "";
    private int width = 640;
    private int height = 260;
    private boolean stepped;
    private Instant until;
    private ZoneId zone = ZoneId.systemDefault();
    private Locale locale = Locale.ENGLISH;

    private SvgLineChart(String title) {
        this.title = title;
    }

    public static SvgLineChart titled(String title) {
        return new SvgLineChart(title);
    }

    /** The name of the value axis, e.g. "TPS" or "%". */
    public SvgLineChart valueLabel(String label) {
        this.valueLabel = label;
        return this;
    }

    /** Adds a line; its points are drawn in time order. */
    public SvgLineChart series(String name, List<Point> points) {
        series.add(new Series(name, points.stream().sorted((a, b) -> a.at().compareTo(b.at())).toList()));
        return this;
    }

    /** Draws each value as held until the next point (for levels such as reserved capacity), not as a slope. */
    public SvgLineChart stepped() {
        this.stepped = true;
        return this;
    }

    /** Extends the time axis, and each line's last value, to {@code end}. */
    public SvgLineChart until(Instant end) {
        this.until = end;
        return this;
    }

    public SvgLineChart size(int width, int height) {
        this.width = Math.max(200, width);
        this.height = Math.max(120, height);
        return this;
    }

    /** Time ticks in this zone and language. */
    public SvgLineChart timeIn(ZoneId zone, Locale locale) {
        this.zone = zone;
        this.locale = locale;
        return this;
    }

    /** What the chart says when no series has a point. */
    public SvgLineChart whenEmpty(String text) {
        this.emptyText = text;
        return this;
    }

    /**
     * The chart as a Vaadin component: a div holding the SVG, because the browser puts markup into the SVG
     * namespace only when it parses it as a child (an SVG root made by createElement would not draw).
     */
    public Html toComponent() {
        return new Html("<div class=\"svg-line-chart-frame\">" + toSvg() + "</div>");
    }

    public String toSvg() {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"svg-line-chart\" role=\"img\" width=\"")
                .append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" aria-label=\"").append(escape(title)).append("\" font-family=\"sans-serif\">")
                .append("<title>").append(escape(title)).append("</title>")
                .append(text(LEFT, 18, "start", 14, "bold", title));
        List<Point> all = series.stream().flatMap(s -> s.points().stream()).toList();
        if (all.isEmpty()) {
            return svg.append(text(width / 2, height / 2, "middle", 12, "normal", emptyText)).append("</svg>").toString();
        }
        Instant start = all.stream().map(Point::at).min(Instant::compareTo).orElseThrow();
        Instant end = all.stream().map(Point::at).max(Instant::compareTo).orElseThrow();
        if (until != null && until.isAfter(end)) {
            end = until;
        }
        if (!end.isAfter(start)) {
            end = start.plus(Duration.ofHours(1));
        }
        double top = niceCeiling(all.stream().mapToDouble(Point::value).max().orElse(0));
        Scale scale = new Scale(start, end, top);
        axes(svg, scale);
        for (int i = 0; i < series.size(); i++) {
            line(svg, series.get(i), COLOURS[i % COLOURS.length], scale, end);
            legend(svg, series.get(i).name(), COLOURS[i % COLOURS.length], i);
        }
        return svg.append("</svg>").toString();
    }

    /** The time span and the value at the top of the plot. */
    private record Scale(Instant start, Instant end, double top) {
    }

    private double x(Scale s, Instant at) {
        double span = Duration.between(s.start(), s.end()).toMillis();
        return LEFT + (width - LEFT - RIGHT) * Duration.between(s.start(), at).toMillis() / span;
    }

    private double y(Scale s, double value) {
        return height - BOTTOM - (height - TOP - BOTTOM) * value / s.top();
    }

    private void axes(StringBuilder svg, Scale s) {
        for (int i = 0; i <= 4; i++) {
            double value = s.top() * i / 4;
            double y = y(s, value);
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(width - RIGHT).append("\" y1=\"")
                    .append(fmt(y)).append("\" y2=\"").append(fmt(y)).append("\" stroke=\"#d0d5dd\" stroke-width=\"1\"/>")
                    .append(text(LEFT - 6, y + 4, "end", 11, "normal", number(value)));
        }
        String middle = fmt((TOP + height - BOTTOM) / 2.0);
        svg.append("<g transform=\"rotate(-90 14 ").append(middle).append(")\">")
                .append(text(14, (TOP + height - BOTTOM) / 2.0, "middle", 11, "normal", valueLabel)).append("</g>");
        Duration span = Duration.between(s.start(), s.end());
        String pattern = span.toDays() >= 2 ? "MMM d" : span.toHours() >= 1 ? "MMM d HH:mm" : "HH:mm:ss";
        DateTimeFormatter format = DateTimeFormatter.ofPattern(pattern, locale).withZone(zone);
        for (int i = 0; i <= 3; i++) {
            Instant at = s.start().plus(span.multipliedBy(i).dividedBy(3));
            String anchor = i == 0 ? "start" : i == 3 ? "end" : "middle";
            svg.append(text(x(s, at), height - BOTTOM + 18, anchor, 11, "normal", format.format(at)));
        }
    }

    private void line(StringBuilder svg, Series line, String colour, Scale s, Instant end) {
        if (line.points().isEmpty()) {
            return;
        }
        StringBuilder path = new StringBuilder();
        Point previous = null;
        for (Point point : line.points()) {
            if (previous != null && stepped) {
                path.append(fmt(x(s, point.at()))).append(',').append(fmt(y(s, previous.value()))).append(' ');
            }
            path.append(fmt(x(s, point.at()))).append(',').append(fmt(y(s, point.value()))).append(' ');
            previous = point;
        }
        if (stepped && end.isAfter(previous.at())) {
            path.append(fmt(x(s, end))).append(',').append(fmt(y(s, previous.value())));
        }
        svg.append("<polyline class=\"series\" data-series=\"").append(escape(line.name())).append("\" fill=\"none\" stroke=\"")
                .append(colour).append("\" stroke-width=\"2\" points=\"").append(path.toString().strip()).append("\"/>");
    }

    private void legend(StringBuilder svg, String name, String colour, int index) {
        int x = LEFT + index * 150;
        svg.append("<rect x=\"").append(x).append("\" y=\"28\" width=\"12\" height=\"4\" fill=\"").append(colour).append("\"/>")
                .append(text(x + 16, 34, "start", 11, "normal", name));
    }

    private static String text(double x, double y, String anchor, int size, String weight, String content) {
        return "<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" text-anchor=\"" + anchor + "\" font-size=\"" + size
                + "\" font-weight=\"" + weight + "\" fill=\"#344054\">" + escape(content) + "</text>";
    }

    /** The smallest of 1, 2, 2.5, 5 times a power of ten that is at least {@code max} (1 for nothing). */
    static double niceCeiling(double max) {
        if (max <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * power >= max) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** XML-escapes text for element content and attribute values. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c < 0x20 && c != '\t' && c != '\n' ? ' ' : c);
            }
        }
        return escaped.toString();
    }
}
