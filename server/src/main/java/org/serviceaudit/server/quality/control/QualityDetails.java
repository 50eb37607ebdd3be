package org.serviceaudit.server.quality.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.serviceaudit.checklists.Language;
import org.serviceaudit.checklists.Template;
import org.serviceaudit.server.clients.entity.Client;
import org.serviceaudit.server.platform.Entities;
import org.serviceaudit.server.templates.control.TemplateCatalog;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What lies behind an index: the profile by the nine service dimensions, the section scores,
 * the items failed most often, and the index over the periods before. From the published
 * audits' result rows: an item of the template version without a row in
 * {@code submission_item} passed with score 1; not-applicable and unanswered items count in
 * no mean; text and photo items are not scored.
 */
@ApplicationScoped
@Transactional
public class QualityDetails {

    /** Items of a published audit that count in means, with their score, as a FROM/WHERE fragment. */
    private static final String SCORED_ITEMS = " FROM audit a JOIN location l ON l.id = a.location_id"
            + " JOIN template_item ti ON ti.template_id = a.template_id AND ti.version = a.template_version"
            + " LEFT JOIN submission_item si ON si.submission_id = a.submission_id AND si.item_id = ti.item_id"
            + " WHERE l.client_id = ? AND a.status = 'PUBLISHED' AND a.submitted_at >= ? AND a.submitted_at < ?"
            + " AND (? = 0 OR a.location_id = ?) AND ti.kind NOT IN ('text', 'photo')"
            + " AND (si.status IS NULL OR si.status NOT IN ('not_applicable', 'unanswered'))";
    /** Upper limits of the reply-time bands, in seconds: 1, 4, 10 and 24 hours. */
    private static final List<Long> REPLY_BANDS = List.of(3_600L, 14_400L, 36_000L, 86_400L);
    private static final long WHOLE = -1;
    /** Items in a client's "failed most often" list. */
    private static final int MOST_FAILED = 10;
    private static final String ITEM_SCORE = "COALESCE(si.score, CASE WHEN si.status IS NULL THEN 1.0 ELSE 0.0 END)";

    @PersistenceContext
    EntityManager em;
    @Inject
    QualityIndex index;
    @Inject
    TemplateCatalog templates;

    /** @param score the weighted mean score of the items tagged with the dimension */
    public record DimensionScore(String dimension, double score, long items) {
    }

    public record SectionScore(String templateId, String sectionId, String title, double score, long audits) {
    }

    /**
     * @param failed   how often the item failed (or a required answer was missing) of {@code asked} audits
     * @param comments what the auditors wrote about it where it failed, newest first (at most three)
     */
    public record FailedItem(String templateId, String itemId, String text, long failed, long asked, List<String> comments) {
    }

    /** @param index absent for a period without data */
    public record TrendPoint(String period, Double index, String band, long sample) {
    }

    /** One location's part of a report's appendix. */
    public record LocationDetails(List<SectionScore> sections, List<FailedItem> mostFailed) {
    }

    /** @param band within_1h, within_4h, within_10h, within_24h, later, no_reply or bounced */
    public record ReplyTimeBand(String band, long runs) {
    }

    /**
     * @param topicsCovered over all runs: the FAQ topics found, of {@code topicsTotal} looked for
     * @param score         the mean website score
     */
    public record SiteFigures(String url, long runs, long reachable, long faqFound, long topicsCovered, long topicsTotal,
                              long contactVisible, long chatPresent, double score) {
    }

    public record Details(List<DimensionScore> dimensions, List<SectionScore> sections, List<FailedItem> mostFailed, List<TrendPoint> trend) {
    }

    /**
     * @param location empty: the whole client
     * @param periods  how many periods the trend shows, this one included
     */
    public Details compute(Client client, Optional<Long> location, Period period, Language language, int periods) {
        Object[] where = {client.id(), period.from().atOffset(ZoneOffset.UTC), period.to().atOffset(ZoneOffset.UTC),
                location.orElse(0L), location.orElse(0L)};
        List<DimensionScore> dimensions = dimensions(where);
        List<SectionScore> sections = sections(sectionRows(where, false), language);
        List<FailedItem> failed = withComments(where, failed(failedRows(where, false), language, MOST_FAILED));
        List<Period> back = new ArrayList<>();
        Period p = period;
        for (int i = 0; i < periods; i++) {
            back.add(0, p);
            p = p.previous();
        }
        List<TrendPoint> trend = trend(client, location, back);
        return new Details(dimensions, sections, failed, trend);
    }

    /** The index of the client, or of one location, in each of the given periods. */
    public List<TrendPoint> trend(Client client, Optional<Long> location, List<Period> periods) {
        List<TrendPoint> trend = new ArrayList<>();
        for (Period p : periods) {
            QualityIndex.Entry entry = location.isEmpty() ? index.total(client, p) : index.compute(client, p).locations().stream()
                    .filter(e -> e.locationId().equals(location)).findFirst().orElseThrow();
            trend.add(new TrendPoint(p.label(), entry.index().orElse(null), entry.band().orElse(null), entry.sample()));
        }
        return trend;
    }

    /** What a period report shows besides the trend: the whole client's details, and each location's. */
    public record ForReport(Details whole, Map<Long, LocationDetails> locations) {
    }

    /**
     * The client's dimensions, sections and most failed items (with comments), and each
     * location's sections and {@code failedPerLocation} most failed items: the client's
     * figures are summed from the locations' rows, so the report reads the audits' items
     * twice (dimensions, and items by location) rather than four times.
     */
    public ForReport forReport(Client client, Period period, Language language, int failedPerLocation) {
        Object[] where = {client.id(), period.from().atOffset(ZoneOffset.UTC), period.to().atOffset(ZoneOffset.UTC), 0L, 0L};
        List<SectionRow> sectionRows = sectionRows(where, true);
        List<FailedRow> failedRows = failedRows(where, true);
        Map<Long, List<SectionRow>> sectionsByLocation = new java.util.TreeMap<>();
        sectionRows.forEach(r -> sectionsByLocation.computeIfAbsent(r.location(), l -> new ArrayList<>()).add(r));
        Map<Long, List<FailedRow>> failedByLocation = new java.util.TreeMap<>();
        failedRows.forEach(r -> failedByLocation.computeIfAbsent(r.location(), l -> new ArrayList<>()).add(r));
        Map<Long, LocationDetails> locations = new HashMap<>();
        for (Long location : union(sectionsByLocation.keySet(), failedByLocation.keySet())) {
            locations.put(location, new LocationDetails(sections(sectionsByLocation.getOrDefault(location, List.of()), language),
                    failed(failedByLocation.getOrDefault(location, List.of()), language, failedPerLocation)));
        }
        Details whole = new Details(dimensions(where), sections(sectionRows, language),
                withComments(where, failed(failedRows, language, MOST_FAILED)), List.of());
        return new ForReport(whole, locations);
    }

    /**
     * How the email runs of a period were answered, in the standard's bands: within 1, 4 and 10
     * hours, within a day, later, never (by the give-up time) and bounced. Runs still waiting
     * are not counted.
     */
    public List<ReplyTimeBand> replyTimes(Client client, Period period) {
        Object[] window = {client.id(), period.from().atOffset(ZoneOffset.UTC), period.to().atOffset(ZoneOffset.UTC)};
        StringBuilder sql = new StringBuilder("SELECT ");
        long previous = -1;
        for (long limit : REPLY_BANDS) {
            sql.append("SUM(CASE WHEN replied_after_s > ").append(previous).append(" AND replied_after_s <= ").append(limit)
                    .append(" THEN 1 ELSE 0 END), ");
            previous = limit;
        }
        sql.append("SUM(CASE WHEN replied_after_s > ").append(REPLY_BANDS.get(REPLY_BANDS.size() - 1)).append(" THEN 1 ELSE 0 END), ")
                .append("SUM(CASE WHEN state = 'NO_REPLY' THEN 1 ELSE 0 END), SUM(CASE WHEN state = 'BOUNCED' THEN 1 ELSE 0 END)")
                .append(" FROM email_run WHERE client_id = ? AND score IS NOT NULL AND sent_at >= ? AND sent_at < ?");
        Object[] r = (Object[]) Entities.nativeRows(em, sql.toString(), window).get(0);
        List<String> names = List.of("within_1h", "within_4h", "within_10h", "within_24h", "later", "no_reply", "bounced");
        List<ReplyTimeBand> bands = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            bands.add(new ReplyTimeBand(names.get(i), r[i] == null ? 0 : ((Number) r[i]).longValue()));
        }
        return bands;
    }

    /** Each probed website's figures over a period, by address (the client's own site and the locations'). */
    public List<SiteFigures> websites(Client client, Period period) {
        Object[] window = {client.id(), period.from().atOffset(ZoneOffset.UTC), period.to().atOffset(ZoneOffset.UTC)};
        List<SiteFigures> sites = new ArrayList<>();
        for (Object row : Entities.nativeRows(em, "SELECT url, COUNT(*), SUM(CASE WHEN reachable = TRUE THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN faq_found = TRUE THEN 1 ELSE 0 END), SUM(COALESCE(topics_covered, 0)), SUM(COALESCE(topics_total, 0)),"
                + " SUM(CASE WHEN contact_visible = TRUE THEN 1 ELSE 0 END), SUM(CASE WHEN chat_present = TRUE THEN 1 ELSE 0 END), AVG(score)"
                + " FROM website_run WHERE client_id = ? AND state = 'DONE' AND due_at >= ? AND due_at < ?"
                + " GROUP BY url ORDER BY url", window)) {
            Object[] r = (Object[]) row;
            sites.add(new SiteFigures(r[0].toString(), (long) number(r[1]), (long) number(r[2]), (long) number(r[3]), (long) number(r[4]),
                    (long) number(r[5]), (long) number(r[6]), (long) number(r[7]), round(number(r[8]))));
        }
        return sites;
    }

    /** A section's scores summed over audits (of one location, or all), so that they add up exactly. */
    private record SectionRow(long location, String templateId, String sectionId, double sum, long audits, int version) {
    }

    /** How often an item failed, of how many audits that asked it (of one location, or all). */
    private record FailedRow(long location, String templateId, String itemId, long asked, long failed, int version) {
    }

    private List<SectionRow> sectionRows(Object[] where, boolean byLocation) {
        String location = byLocation ? "a.location_id" : "" + WHOLE;
        List<SectionRow> rows = new ArrayList<>();
        for (Object row : Entities.nativeRows(em, "SELECT " + location + ", a.template_id, ss.section_id, COUNT(*), SUM(ss.score),"
                + " MAX(a.template_version)"
                + " FROM audit a JOIN location l ON l.id = a.location_id JOIN submission_section ss ON ss.submission_id = a.submission_id"
                + " WHERE l.client_id = ? AND a.status = 'PUBLISHED' AND a.submitted_at >= ? AND a.submitted_at < ?"
                + " AND (? = 0 OR a.location_id = ?) AND ss.score IS NOT NULL"
                + " GROUP BY " + (byLocation ? "a.location_id, " : "") + "a.template_id, ss.section_id", where)) {
            Object[] r = (Object[]) row;
            rows.add(new SectionRow((long) number(r[0]), r[1].toString(), r[2].toString(), number(r[4]), (long) number(r[3]),
                    (int) number(r[5])));
        }
        return rows;
    }

    private List<FailedRow> failedRows(Object[] where, boolean byLocation) {
        String location = byLocation ? "a.location_id" : "" + WHOLE;
        String failedCount = "SUM(CASE WHEN si.status IN ('failed', 'missing') THEN 1 ELSE 0 END)";
        List<FailedRow> rows = new ArrayList<>();
        for (Object row : Entities.nativeRows(em, "SELECT " + location + ", a.template_id, ti.item_id, COUNT(*), " + failedCount
                + ", MAX(a.template_version)" + SCORED_ITEMS
                + " GROUP BY " + (byLocation ? "a.location_id, " : "") + "a.template_id, ti.item_id", where)) {
            Object[] r = (Object[]) row;
            rows.add(new FailedRow((long) number(r[0]), r[1].toString(), r[2].toString(), (long) number(r[3]), (long) number(r[4]),
                    (int) number(r[5])));
        }
        return rows;
    }

    /** Section scores from rows of any number of locations: by template and section, lowest score first within a template. */
    private List<SectionScore> sections(List<SectionRow> rows, Language language) {
        Map<List<String>, double[]> sums = new java.util.TreeMap<>(java.util.Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> k.get(1)));
        for (SectionRow r : rows) {
            double[] sum = sums.computeIfAbsent(List.of(r.templateId(), r.sectionId()), k -> new double[3]);
            sum[0] += r.sum();
            sum[1] += r.audits();
            sum[2] = Math.max(sum[2], r.version());
        }
        List<SectionScore> out = new ArrayList<>();
        sums.forEach((key, sum) -> {
            String title = template(key.get(0), (int) sum[2]).sections().stream().filter(s -> s.id().equals(key.get(1))).findFirst()
                    .map(s -> s.title().in(language)).orElse(key.get(1));
            out.add(new SectionScore(key.get(0), key.get(1), title, round(sum[0] / sum[1]), (long) sum[1]));
        });
        out.sort(java.util.Comparator.comparing(SectionScore::templateId).thenComparing(SectionScore::score));
        return out;
    }

    /** The items failed most often, from rows of any number of locations: most failures first, then most asked. */
    private List<FailedItem> failed(List<FailedRow> rows, Language language, int limit) {
        Map<List<String>, long[]> counts = new HashMap<>();
        for (FailedRow r : rows) {
            long[] c = counts.computeIfAbsent(List.of(r.templateId(), r.itemId()), k -> new long[3]);
            c[0] += r.failed();
            c[1] += r.asked();
            c[2] = Math.max(c[2], r.version());
        }
        return counts.entrySet().stream().filter(e -> e.getValue()[0] > 0)
                .sorted(java.util.Comparator.comparing((Map.Entry<List<String>, long[]> e) -> -e.getValue()[0])
                        .thenComparing(e -> -e.getValue()[1]).thenComparing(e -> e.getKey().get(0)).thenComparing(e -> e.getKey().get(1)))
                .limit(limit)
                .map(e -> new FailedItem(e.getKey().get(0), e.getKey().get(1), template(e.getKey().get(0), (int) e.getValue()[2])
                        .item(e.getKey().get(1)).map(i -> i.text().in(language)).orElse(e.getKey().get(1)), e.getValue()[0], e.getValue()[1],
                        List.of()))
                .toList();
    }

    private List<FailedItem> withComments(Object[] where, List<FailedItem> items) {
        return items.stream().map(f -> new FailedItem(f.templateId(), f.itemId(), f.text(), f.failed(), f.asked(),
                comments(where, f.templateId(), f.itemId()))).toList();
    }

    private List<DimensionScore> dimensions(Object[] where) {
        List<DimensionScore> dimensions = new ArrayList<>();
        for (Object row : Entities.nativeRows(em, "SELECT d.dimension, COUNT(*), SUM(ti.weight * " + ITEM_SCORE + ") / SUM(ti.weight)" + SCORED_ITEMS.replace(
                " LEFT JOIN submission_item", " JOIN template_item_dimension d ON d.template_id = ti.template_id AND d.version = ti.version"
                        + " AND d.item_id = ti.item_id LEFT JOIN submission_item") + " GROUP BY d.dimension ORDER BY d.dimension", where)) {
            Object[] r = (Object[]) row;
            dimensions.add(new DimensionScore(r[0].toString(), round(number(r[2])), (long) number(r[1])));
        }
        return dimensions;
    }

    private static java.util.Set<Long> union(java.util.Set<Long> a, java.util.Set<Long> b) {
        java.util.Set<Long> all = new java.util.TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * The auditors' comments on an item where it failed, from the newest submissions' stored
     * documents: a few documents per item, not every answer.
     */
    private List<String> comments(Object[] where, String templateId, String itemId) {
        var query = Entities.nativeQuery(em, "SELECT s.document FROM audit a JOIN location l ON l.id = a.location_id"
                + " JOIN submission s ON s.id = a.submission_id"
                + " JOIN submission_item si ON si.submission_id = a.submission_id AND si.item_id = ?"
                + " WHERE l.client_id = ? AND a.status = 'PUBLISHED' AND a.submitted_at >= ? AND a.submitted_at < ?"
                + " AND (? = 0 OR a.location_id = ?) AND a.template_id = ? AND si.status IN ('failed', 'missing')"
                + " ORDER BY a.submitted_at DESC, a.id DESC", itemId, where[0], where[1], where[2], where[3], where[4], templateId);
        List<String> comments = new ArrayList<>();
        for (Object document : query.setMaxResults(20).getResultList()) {
            try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(document.toString()))) {
                reader.readObject().getJsonArray("answers").getValuesAs(jakarta.json.JsonObject.class).stream()
                        .filter(a -> a.getString("item", "").equals(itemId) && !a.getString("comment", "").isBlank())
                        .findFirst().ifPresent(a -> comments.add(a.getString("comment").strip()));
            }
            if (comments.size() == 3) {
                break;
            }
        }
        return comments;
    }

    /** The newest version of the template that the counted audits used (so it cannot change any more). */
    private Template template(String templateId, int version) {
        return templates.forAudit(templateId, version);
    }


    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
