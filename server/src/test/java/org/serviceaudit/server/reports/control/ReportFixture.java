package org.serviceaudit.server.reports.control;

import org.serviceaudit.checklists.BandThresholds;
import org.serviceaudit.checklists.Dimension;
import org.serviceaudit.server.quality.control.Period;
import org.serviceaudit.server.quality.control.QualityDetails;
import org.serviceaudit.server.quality.control.QualityIndex;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * The figures of a period report without a database: a client with the given number of
 * locations, drawn from a seeded generator, for the report tests and the report benchmark.
 */
public final class ReportFixture {

    private ReportFixture() {
    }

    /** @param hostile text as an auditor or a probed site might supply it, put into names and comments */
    public static PeriodReport.Facts facts(int locations, String clientName, String hostile) {
        Random random = new Random(7);
        ZoneId zone = ZoneId.of("Europe/Stockholm");
        Period period = new Period(YearMonth.of(2026, 1).atDay(1).atStartOfDay(zone).toInstant(),
                YearMonth.of(2027, 1).atDay(1).atStartOfDay(zone).toInstant(), "2026", Period.Unit.YEAR, zone);
        Map<String, Double> weights = new LinkedHashMap<>(Map.of("phone", 0.3, "visit", 0.3, "email", 0.2, "website", 0.1, "chat", 0.1));
        List<QualityIndex.Entry> entries = new ArrayList<>();
        Map<Long, QualityDetails.LocationDetails> details = new HashMap<>();
        for (int i = 0; i < locations; i++) {
            long id = 1000 + i;
            boolean small = i % 40 == 39;
            double index = small ? 0.5 : 0.55 + random.nextDouble() * 0.44;
            Map<String, QualityIndex.ChannelFigures> channels = new LinkedHashMap<>();
            channels.put("phone", new QualityIndex.ChannelFigures(6, clamp(index + random.nextGaussian() * 0.05), Optional.of(0.01)));
            channels.put("visit", new QualityIndex.ChannelFigures(6, clamp(index + random.nextGaussian() * 0.05), Optional.of(0.02)));
            channels.put("email", new QualityIndex.ChannelFigures(40, clamp(index - 0.1), Optional.of(0.09)));
            channels.put("website", new QualityIndex.ChannelFigures(10, 0.7, Optional.of(0.0)));
            channels.put("chat", new QualityIndex.ChannelFigures(10, 1.0, Optional.of(0.0)));
            QualityIndex.EmailFigures email = new QualityIndex.EmailFigures(40, 30, 24, 8, 2, Optional.of(5_400L + i));
            entries.add(new QualityIndex.Entry(Optional.of(id), (i % 3 == 0 ? "Точка " : "Butik ") + (i + 1) + (i == 0 ? " " + hostile : ""),
                    Optional.of(index), Optional.of(new BandThresholds(0.9, 0.8, 0.7).band(index).code()), 12, 50, small ? 3 : 62,
                    Optional.of(clamp(index - 0.04)), Optional.of(clamp(index + 0.04)), small, Optional.empty(), channels, weights, email));
            List<QualityDetails.SectionScore> sections = new ArrayList<>();
            for (int s = 0; s < 6; s++) {
                sections.add(new QualityDetails.SectionScore("store-visit", "s" + s, "Раздел " + s + " Avsnitt", clamp(index + s * 0.01), 6));
            }
            List<QualityDetails.FailedItem> failed = new ArrayList<>();
            for (int f = 0; f < 3; f++) {
                failed.add(new QualityDetails.FailedItem("store-visit", "i" + f, "Пункт проверки номер " + f, 3 - f, 6, List.of()));
            }
            details.put(id, new QualityDetails.LocationDetails(sections, failed));
        }
        entries.sort((a, b) -> Double.compare(b.index().get(), a.index().get()));
        List<QualityIndex.Entry> ranked = new ArrayList<>();
        int rank = 1;
        for (QualityIndex.Entry e : entries) {
            ranked.add(new QualityIndex.Entry(e.locationId(), e.name(), e.index(), e.band(), e.audits(), e.probeRuns(), e.sample(), e.low(),
                    e.high(), e.smallSample(), e.smallSample() ? Optional.empty() : Optional.of(rank++), e.channels(), e.weights(), e.email()));
        }
        Map<String, QualityIndex.ChannelFigures> whole = new LinkedHashMap<>();
        whole.put("phone", new QualityIndex.ChannelFigures(6L * locations, 0.81, Optional.of(0.02)));
        whole.put("visit", new QualityIndex.ChannelFigures(6L * locations, 0.79, Optional.of(0.02)));
        whole.put("email", new QualityIndex.ChannelFigures(40L * locations, 0.66, Optional.of(0.09)));
        whole.put("website", new QualityIndex.ChannelFigures(10L * locations, 0.7, Optional.of(0.0)));
        whole.put("chat", new QualityIndex.ChannelFigures(10L * locations, 1.0, Optional.of(0.0)));
        QualityIndex.Entry client = new QualityIndex.Entry(Optional.empty(), clientName, Optional.of(0.7834), Optional.of("vulnerable"),
                12L * locations, 50L * locations, 62L * locations, Optional.of(0.7712), Optional.of(0.7956), false, Optional.empty(), whole, weights,
                new QualityIndex.EmailFigures(40L * locations, 30L * locations, 24L * locations, 8L * locations, 2L * locations,
                        Optional.of(12_345L)));
        QualityIndex.Report report = new QualityIndex.Report(5, clientName, period, weights, true, 5, client, ranked);
        Optional<QualityIndex.Entry> previous = Optional.of(new QualityIndex.Entry(Optional.empty(), clientName, Optional.of(0.7512),
                Optional.of("vulnerable"), 10, 10, 20, Optional.empty(), Optional.empty(), false, Optional.empty(), Map.of(), Map.of(),
                new QualityIndex.EmailFigures(0, 0, 0, 0, 0, Optional.empty())));
        List<QualityDetails.DimensionScore> dimensions = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            dimensions.add(new QualityDetails.DimensionScore(d.code(), 0.6 + d.ordinal() * 0.04, 100));
        }
        List<QualityDetails.SectionScore> sections = List.of(new QualityDetails.SectionScore("phone-etiquette", "greeting", "Приветствие",
                0.71, 1200));
        List<QualityDetails.FailedItem> failed = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            failed.add(new QualityDetails.FailedItem("phone-etiquette", "item" + i, "Назвал компанию, своё имя и отдел " + i, 400 - i * 20, 1200,
                    List.of("Назвал только компанию. " + hostile, "Kunde inte svara på frågan om rabatt.")));
        }
        List<QualityDetails.TrendPoint> trend = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            trend.add(new QualityDetails.TrendPoint(YearMonth.of(2026, m).toString(), m == 4 ? null : 0.7 + m * 0.01, null, m == 4 ? 0 : 300));
        }
        List<QualityDetails.ReplyTimeBand> replyTimes = List.of(new QualityDetails.ReplyTimeBand("within_1h", 10L * locations),
                new QualityDetails.ReplyTimeBand("within_4h", 8L * locations), new QualityDetails.ReplyTimeBand("within_10h", 6L * locations),
                new QualityDetails.ReplyTimeBand("within_24h", 4L * locations), new QualityDetails.ReplyTimeBand("later", 2L * locations),
                new QualityDetails.ReplyTimeBand("no_reply", 8L * locations), new QualityDetails.ReplyTimeBand("bounced", 2L * locations));
        List<QualityDetails.SiteFigures> sites = List.of(new QualityDetails.SiteFigures("https://example.test/", 52, 50, 48, 150, 208, 52, 40, 0.74),
                new QualityDetails.SiteFigures("https://norr.example.test/" + hostile, 12, 12, 0, 0, 48, 12, 0, 0.31));
        return new PeriodReport.Facts(report, previous, "2025", new QualityDetails.Details(dimensions, sections, failed, trend), replyTimes,
                sites, details, BandThresholds.DEFAULT, "{\"clientId\":5,\"index\":0.7834}");
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }
}
