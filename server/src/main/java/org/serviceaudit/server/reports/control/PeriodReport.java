package org.serviceaudit.server.reports.control;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.serviceaudit.checklists.Band;
import org.serviceaudit.checklists.BandThresholds;
import org.serviceaudit.checklists.Dimension;
import org.serviceaudit.checklists.Language;
import org.serviceaudit.server.quality.control.QualityDetails;
import org.serviceaudit.server.quality.control.QualityIndex;
import org.vandeseer.easytable.settings.BorderStyle;
import org.vandeseer.easytable.settings.HorizontalAlignment;
import org.vandeseer.easytable.structure.Row;
import org.vandeseer.easytable.structure.Table;
import org.vandeseer.easytable.structure.cell.TextCell;

import java.awt.Color;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A client's service quality report for a period, in the manager's language: the cover and
 * summary (index, band, interval, change since the period before, sample), the locations by
 * band, the dimension profile and trend charts, the ranking of locations, the results by
 * channel (email reply times, websites), the items failed most often with what the auditors
 * wrote, and an appendix with every location. The figures are the ones the index API returns;
 * the same data is attached as JSON.
 */
public final class PeriodReport {

    /**
     * What the report shows; the caller has checked that the reader may see the client.
     *
     * @param previous  the client's index in the period before, if that had data
     * @param locations per location id: its sections and most failed items
     * @param json      the report's data, attached to the PDF
     */
    public record Facts(QualityIndex.Report report, Optional<QualityIndex.Entry> previous, String previousLabel,
                        QualityDetails.Details details, List<QualityDetails.ReplyTimeBand> replyTimes,
                        List<QualityDetails.SiteFigures> websites, Map<Long, QualityDetails.LocationDetails> locations,
                        BandThresholds bands, String json) {
    }

    /** Told how far the drawing has got: a share from 0 to 1 and what is being done. */
    @FunctionalInterface
    public interface Progress {
        void at(double done, String stage);
    }

    private static final int MAX_NAME = 200;
    private static final int MAX_COMMENT = 10_000;
    private static final int CHUNK = 700;
    private static final Color HEADER = new Color(230, 230, 230);

    private final Facts facts;
    private final Language language;
    private final Locale locale;
    private final ReportPdf pdf;
    private final PDFont regular;
    private final PDFont bold;

    private PeriodReport(Facts facts, Language language, ReportPdf pdf) {
        this.facts = facts;
        this.language = language;
        this.locale = Locale.forLanguageTag(language.code());
        this.pdf = pdf;
        this.regular = pdf.regular();
        this.bold = pdf.bold();
    }

    public static byte[] render(Facts facts, Language language, Instant generated, Progress progress) throws IOException {
        QualityIndex.Report report = facts.report();
        String title = Labels.of("period_report", language) + ": " + report.clientName() + ", " + report.period().label();
        try (ReportPdf pdf = new ReportPdf(title, language.code(), generated)) {
            PeriodReport r = new PeriodReport(facts, language, pdf);
            Flow flow = new Flow(pdf);
            r.cover(flow, generated);
            progress.at(0.1, "summary");
            r.charts(flow);
            progress.at(0.3, "charts");
            r.ranking(flow);
            progress.at(0.45, "ranking");
            r.channels(flow);
            r.failedItems(flow);
            progress.at(0.6, "channels");
            r.appendix(flow);
            progress.at(0.85, "appendix");
            pdf.footers(report.clientName() + " · " + report.period().label(), language, generated);
            pdf.attachJson("service-quality-" + report.clientId() + "-" + report.period().label().replaceAll("[^0-9A-Za-z-]", "_") + ".json",
                    facts.json(), generated);
            byte[] bytes = pdf.save();
            progress.at(1.0, "done");
            return bytes;
        }
    }

    private void cover(Flow flow, Instant generated) throws IOException {
        QualityIndex.Report report = facts.report();
        QualityIndex.Entry client = report.client();
        flow.text(bold, 20, word("period_report"));
        flow.gap(6);
        flow.text(bold, 14, clean(report.clientName()));
        DateTimeFormatter day = DateTimeFormatter.ISO_LOCAL_DATE.withZone(report.period().zone());
        flow.text(regular, 11, word("period") + ": " + report.period().label() + " (" + day.format(report.period().from()) + " – "
                + day.format(report.period().to().minusSeconds(1)) + ", " + report.period().zone() + ")");
        flow.text(regular, 11, word("generated") + ": " + DateTimeFormatter.ISO_INSTANT.format(generated.truncatedTo(ChronoUnit.SECONDS)));
        flow.gap(14);

        Table.TableBuilder summary = table(Flow.WIDTH * 0.45f, Flow.WIDTH * 0.55f);
        summary.addRow(Row.builder().font(bold).fontSize(12).add(cell(word("index"))).add(cell(client.index().map(this::score)
                .orElse(word("no_data")) + client.band().map(b -> " · " + word(b)).orElse(""))).build());
        summary.addRow(row(word("interval"), client.low().isPresent() ? score(client.low().get()) + " – " + score(client.high().get())
                : word("no_data")));
        summary.addRow(row(word("change") + " " + facts.previousLabel(), change(client.index(), facts.previous().flatMap(QualityIndex.Entry::index))));
        summary.addRow(row(word("sample"), client.audits() + " " + word("audits") + ", " + client.probeRuns() + " " + word("probe_runs")));
        flow.table(summary.build(), 0);
        if (client.smallSample()) {
            flow.gap(6);
            flow.text(bold, 10, String.format(locale, word("small_sample"), report.minSample()));
        }
        flow.gap(14);

        flow.text(bold, 12, word("channels"));
        Table.TableBuilder channels = table(Flow.WIDTH * 0.4f, Flow.WIDTH * 0.2f, Flow.WIDTH * 0.2f, Flow.WIDTH * 0.2f);
        channels.addRow(header(word("channel"), word("weight"), word("n"), word("mean")));
        for (String channel : QualityIndex.CHANNELS) {
            QualityIndex.ChannelFigures f = client.channels().get(channel);
            channels.addRow(Row.builder().add(cell(word(channel)))
                    .add(number(Optional.ofNullable(client.weights().get(channel)).map(this::percent).orElse("—")))
                    .add(number(f == null ? "0" : Long.toString(f.n())))
                    .add(number(f == null ? word("no_data") : score(f.mean()))).build());
        }
        flow.table(channels.build(), 1);
        flow.gap(14);

        flow.text(bold, 12, word("band_distribution"));
        Map<String, Long> byBand = new LinkedHashMap<>();
        for (Band band : Band.values()) {
            byBand.put(word(band.code()), 0L);
        }
        byBand.put(word("unranked"), 0L);
        for (QualityIndex.Entry e : report.locations()) {
            String key = e.band().filter(b -> !e.smallSample()).map(this::word).orElse(word("unranked"));
            byBand.merge(key, 1L, Long::sum);
        }
        Table.TableBuilder bands = table(Flow.WIDTH * 0.5f, Flow.WIDTH * 0.25f, Flow.WIDTH * 0.25f);
        bands.addRow(header(word("band"), word("locations"), "%"));
        int total = report.locations().size();
        byBand.forEach((band, n) -> bands.addRow(Row.builder().add(cell(band)).add(number(Long.toString(n)))
                .add(number(total == 0 ? "—" : percent((double) n / total))).build()));
        flow.table(bands.build(), 1);
    }

    private void charts(Flow flow) throws IOException {
        List<Double> marks = List.of(facts.bands().vulnerable(), facts.bands().favourable(), facts.bands().secure());
        Map<String, Double> profile = new LinkedHashMap<>();
        for (Dimension d : Dimension.values()) {
            facts.details().dimensions().stream().filter(s -> s.dimension().equals(d.code())).findFirst()
                    .ifPresent(s -> profile.put(word(d.code()), s.score()));
        }
        flow.newPage();
        flow.chart(Charts.bars(word("dimension_profile"), profile, marks), 300);
        flow.gap(20);
        Map<String, Double> trend = new LinkedHashMap<>();
        facts.details().trend().forEach(p -> trend.put(p.period(), p.index()));
        flow.chart(Charts.trend(word("trend"), trend, marks), 260);
    }

    private void ranking(Flow flow) throws IOException {
        flow.newPage();
        flow.text(bold, 14, word("ranking"));
        float w = Flow.WIDTH;
        Table.TableBuilder table = table(w * 0.07f, w * 0.29f, w * 0.09f, w * 0.13f, w * 0.14f, w * 0.08f, w * 0.05f, w * 0.05f,
                w * 0.05f, w * 0.05f);
        table.fontSize(8);
        table.addRow(header(word("rank"), word("location"), "SQI", word("band"), "CI", word("sample"),
                abbreviation("phone"), abbreviation("visit"), abbreviation("email"), abbreviation("website")));
        for (QualityIndex.Entry e : facts.report().locations()) {
            table.addRow(Row.builder()
                    .add(number(e.rank().map(String::valueOf).orElse("—")))
                    .add(cell(clean(e.name())))
                    .add(number(e.index().map(this::score).orElse("—")))
                    .add(cell(e.band().map(this::word).orElse("—")))
                    .add(number(e.low().isPresent() ? score(e.low().get()) + "–" + score(e.high().get()) : "—"))
                    .add(number(Long.toString(e.sample())))
                    .add(number(mean(e, "phone"))).add(number(mean(e, "visit"))).add(number(mean(e, "email"))).add(number(mean(e, "website")))
                    .build());
        }
        flow.table(table.build(), 1);
        flow.gap(8);
        flow.text(regular, 8, "SQI: " + word("index") + " · CI: " + word("interval") + " · " + abbreviation("phone") + ": " + word("phone")
                + " · " + abbreviation("visit") + ": " + word("visit") + " · " + abbreviation("email") + ": " + word("email") + " · "
                + abbreviation("website") + ": " + word("website"));
    }

    private void channels(Flow flow) throws IOException {
        QualityIndex.EmailFigures email = facts.report().client().email();
        flow.newPage();
        flow.text(bold, 14, word("email_results"));
        Table.TableBuilder figures = table(Flow.WIDTH * 0.6f, Flow.WIDTH * 0.4f);
        figures.addRow(row(word("runs"), Long.toString(email.runs())));
        figures.addRow(row(word("on_time"), email.shareOnTime().map(this::percent).orElse(word("no_data"))));
        figures.addRow(row(word("never_replied"), email.shareNeverReplied().map(this::percent).orElse(word("no_data"))));
        figures.addRow(row(word("median_reply"), email.runs() == 0 ? word("no_data")
                : email.medianReplySeconds().map(this::duration).orElse(word("no_reply"))));
        flow.table(figures.build(), 0);
        flow.gap(10);
        Map<String, Long> times = new LinkedHashMap<>();
        facts.replyTimes().forEach(b -> times.put(word(b.band()), b.runs()));
        Table.TableBuilder distribution = table(Flow.WIDTH * 0.5f, Flow.WIDTH * 0.25f, Flow.WIDTH * 0.25f);
        distribution.addRow(header(word("reply_times"), word("runs"), "%"));
        times.forEach((band, n) -> distribution.addRow(Row.builder().add(cell(band)).add(number(Long.toString(n)))
                .add(number(email.runs() == 0 ? "—" : percent((double) n / email.runs()))).build()));
        flow.table(distribution.build(), 1);
        if (email.runs() > 0) {
            flow.gap(10);
            flow.chart(Charts.counts(word("reply_times"), times), 200);
        }
        flow.gap(20);
        flow.text(bold, 14, word("website_results"));
        float w = Flow.WIDTH;
        Table.TableBuilder sites = table(w * 0.34f, w * 0.08f, w * 0.1f, w * 0.1f, w * 0.12f, w * 0.1f, w * 0.08f, w * 0.08f);
        sites.fontSize(8);
        sites.addRow(header(word("site"), word("runs"), word("reachable"), word("faq_found"), word("topics"), word("contact"),
                word("chat_present"), word("score")));
        for (QualityDetails.SiteFigures s : facts.websites()) {
            sites.addRow(Row.builder().add(cell(clean(s.url()))).add(number(Long.toString(s.runs())))
                    .add(number(share(s.reachable(), s.runs()))).add(number(share(s.faqFound(), s.runs())))
                    .add(number(s.topicsTotal() == 0 ? "—" : percent((double) s.topicsCovered() / s.topicsTotal())))
                    .add(number(share(s.contactVisible(), s.runs()))).add(number(share(s.chatPresent(), s.runs())))
                    .add(number(score(s.score()))).build());
        }
        if (facts.websites().isEmpty()) {
            flow.text(regular, 10, word("no_data"));
        } else {
            flow.table(sites.build(), 1);
        }
    }

    private void failedItems(Flow flow) throws IOException {
        flow.gap(20);
        flow.need(120);
        flow.text(bold, 14, word("failed_items"));
        Table.TableBuilder table = table(Flow.WIDTH * 0.36f, Flow.WIDTH * 0.12f, Flow.WIDTH * 0.52f);
        table.fontSize(8);
        table.addRow(header(word("item"), word("failed_of"), word("comments")));
        for (QualityDetails.FailedItem item : facts.details().mostFailed()) {
            List<String> parts = new ArrayList<>();
            for (String comment : item.comments()) {
                parts.addAll(AuditReport.chunks("“" + ReportPdf.clean(comment, regular, MAX_COMMENT) + "”", CHUNK));
            }
            if (parts.isEmpty()) {
                parts.add("");
            }
            table.addRow(Row.builder().add(cell(clean(item.text()))).add(number(item.failed() + " / " + item.asked()))
                    .add(cell(parts.get(0))).build());
            for (String more : parts.subList(1, parts.size())) {
                table.addRow(Row.builder().add(cell("")).add(cell("")).add(cell(more)).build());
            }
        }
        if (facts.details().mostFailed().isEmpty()) {
            flow.text(regular, 10, word("no_data"));
        } else {
            flow.table(table.build(), 1);
        }
    }

    /** One block per location, in rank order, as one table so it flows across pages without a page per location. */
    private void appendix(Flow flow) throws IOException {
        flow.newPage();
        flow.text(bold, 14, word("appendix"));
        Table.TableBuilder table = table(Flow.WIDTH * 0.3f, Flow.WIDTH * 0.7f);
        table.fontSize(8);
        for (QualityIndex.Entry e : facts.report().locations()) {
            String head = e.rank().map(r -> r + ". ").orElse("") + clean(e.name()) + " — " + e.index().map(this::score).orElse(word("no_data"))
                    + e.band().map(b -> " · " + word(b)).orElse("");
            table.addRow(Row.builder().font(bold).backgroundColor(HEADER).add(TextCell.builder().colSpan(2).text(head)
                    .borderStyle(BorderStyle.SOLID).build()).build());
            table.addRow(row(word("sample"), e.audits() + " " + word("audits") + ", " + e.probeRuns() + " " + word("probe_runs")
                    + (e.low().isPresent() ? " · " + word("interval") + " " + score(e.low().get()) + "–" + score(e.high().get()) : "")));
            StringBuilder channels = new StringBuilder();
            for (String channel : QualityIndex.CHANNELS) {
                QualityIndex.ChannelFigures f = e.channels().get(channel);
                if (f != null) {
                    channels.append(channels.length() == 0 ? "" : " · ").append(word(channel)).append(' ').append(score(f.mean()))
                            .append(" (").append(f.n()).append(')');
                }
            }
            table.addRow(row(word("channels"), channels.length() == 0 ? word("no_data") : channels.toString()));
            if (e.email().runs() > 0) {
                table.addRow(row(word("email"), word("on_time") + " " + e.email().shareOnTime().map(this::percent).orElse("—") + " · "
                        + word("median_reply") + " " + e.email().medianReplySeconds().map(this::duration).orElse(word("no_reply"))));
            }
            QualityDetails.LocationDetails details = e.locationId().map(facts.locations()::get).orElse(null);
            // One row each, not a row per section or item: 200 locations stay a few pages shorter and quicker to draw.
            if (details != null && !details.sections().isEmpty()) {
                table.addRow(row(word("sections"), String.join(" · ", details.sections().stream()
                        .map(s -> clean(s.title()) + " " + score(s.score()) + " (" + s.audits() + ")").toList())));
            }
            if (details != null && !details.mostFailed().isEmpty()) {
                table.addRow(row(word("failed_items"), String.join(" · ", details.mostFailed().stream()
                        .map(f -> clean(f.text()) + " " + f.failed() + " / " + f.asked()).toList())));
            }
        }
        flow.table(table.build(), 0);
    }

    private String abbreviation(String channel) {
        return word(channel).substring(0, 1).toUpperCase(locale);
    }

    private String mean(QualityIndex.Entry e, String channel) {
        return Optional.ofNullable(e.channels().get(channel)).map(f -> score(f.mean())).orElse("—");
    }

    private String change(Optional<Double> now, Optional<Double> before) {
        if (now.isEmpty() || before.isEmpty()) {
            return word("no_data");
        }
        double delta = now.get() - before.get();
        return (delta > 0 ? "+" : delta < 0 ? "−" : "±") + score(Math.abs(delta)) + " (" + score(before.get()) + " → " + score(now.get()) + ")";
    }

    private String score(double value) {
        return String.format(locale, "%.2f", value);
    }

    private String percent(double share) {
        return String.format(locale, "%.0f%%", share * 100);
    }

    private String share(long part, long whole) {
        return whole == 0 ? "—" : percent((double) part / whole);
    }

    private String duration(long seconds) {
        long minutes = Math.round(seconds / 60.0);
        return String.format(locale, "%d %s %02d %s", minutes / 60, word("hours"), minutes % 60, word("minutes"));
    }

    private String word(String key) {
        return Labels.of(key, language);
    }

    private String clean(String text) {
        return ReportPdf.clean(text, regular, MAX_NAME);
    }

    private Table.TableBuilder table(float... widths) {
        return Table.builder().addColumnsOfWidth(widths).font(regular).fontSize(9).borderColor(Color.GRAY).borderWidth(0.5f);
    }

    private Row row(String label, String value) {
        return Row.builder().add(cell(label)).add(cell(value)).build();
    }

    private Row header(String... labels) {
        Row.RowBuilder row = Row.builder().font(bold).backgroundColor(HEADER);
        for (String label : labels) {
            row.add(cell(label));
        }
        return row.build();
    }

    private static TextCell cell(String text) {
        return TextCell.builder().text(text).borderStyle(BorderStyle.SOLID).build();
    }

    private static TextCell number(String text) {
        return TextCell.builder().text(text).borderStyle(BorderStyle.SOLID).horizontalAlignment(HorizontalAlignment.RIGHT).build();
    }
}
