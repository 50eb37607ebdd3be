package org.serviceaudit.server.quality.boundary;

import org.serviceaudit.server.quality.control.QualityIndex;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The index as CSV (RFC 4180, comma-separated, UTF-8 with a byte-order mark so spreadsheets
 * read Cyrillic and Swedish names right): the client's row, then a row per location.
 * Location names come from staff: a cell that a spreadsheet would take for a formula
 * (starting with = + - @) is prefixed with an apostrophe.
 */
final class IndexCsv {

    private static final List<String> HEADER = List.of("level", "location_id", "name", "period", "index", "band", "ci_low", "ci_high",
            "audits", "probe_runs", "small_sample", "rank", "phone", "phone_n", "visit", "visit_n", "email", "email_n", "website",
            "website_n", "chat", "email_replied_within_threshold", "email_never_replied", "email_median_reply_seconds");

    private IndexCsv() {
    }

    static String of(QualityIndex.Report report) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, HEADER);
        line(out, row("client", report.client(), report));
        for (QualityIndex.Entry e : report.locations()) {
            line(out, row("location", e, report));
        }
        return out.toString();
    }

    private static List<String> row(String level, QualityIndex.Entry e, QualityIndex.Report report) {
        List<String> cells = new ArrayList<>(List.of(level, e.locationId().map(String::valueOf).orElse(""), e.name(),
                report.period().label(), number(e.index()), e.band().orElse(""), number(e.low()), number(e.high()),
                Long.toString(e.audits()), Long.toString(e.probeRuns()), Boolean.toString(e.smallSample()),
                e.rank().map(String::valueOf).orElse("")));
        for (String channel : List.of("phone", "visit", "email", "website")) {
            Optional<QualityIndex.ChannelFigures> f = Optional.ofNullable(e.channels().get(channel));
            cells.add(number(f.map(QualityIndex.ChannelFigures::mean)));
            cells.add(f.map(x -> Long.toString(x.n())).orElse(""));
        }
        cells.add(number(Optional.ofNullable(e.channels().get("chat")).map(QualityIndex.ChannelFigures::mean)));
        cells.add(number(e.email().shareOnTime()));
        cells.add(number(e.email().shareNeverReplied()));
        cells.add(e.email().medianReplySeconds().map(String::valueOf).orElse(""));
        return cells;
    }

    private static String number(Optional<Double> value) {
        return value.map(v -> String.format(Locale.ROOT, "%.4f", v)).orElse("");
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    static String cell(String value) {
        String v = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("-?\\d+(\\.\\d+)?") ? "'" + value : value;
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
