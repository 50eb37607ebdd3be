package org.serviceaudit.server.quality.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.serviceaudit.checklists.Scoring;
import org.serviceaudit.server.clients.entity.Client;
import org.serviceaudit.server.platform.Entities;
import org.serviceaudit.server.clients.entity.Location;
import org.serviceaudit.server.quality.entity.IndexWeights;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Computes a client's Service Quality Index for a period, and each location's. The database
 * aggregates the published audits (by template channel), email runs and website runs into a
 * count, mean and variance per channel; here they are combined with the client's weights.
 *
 * <ul>
 *   <li>A channel without data is not available (N/A): the index is the weighted mean of the
 *       channels that have data, divided by their weights only.</li>
 *   <li>Email counts every run that has a result: a run with no reply or a bounce scores 0, so
 *       non-responders pull the index down instead of dropping out. The email figures report
 *       the share replied within the threshold, the share never replied and the median reply
 *       time counting non-responders as never (so it is "no reply" when more than half never
 *       replied).</li>
 *   <li>Website and chat come from the website runs: a location's own site if it has one,
 *       otherwise the client's.</li>
 *   <li>The 95% confidence interval treats each channel mean as independent: the variance is
 *       the sum over channels of (weight share)² × variance / n, with the sample variance, or
 *       0.25 (the largest a 0..1 score can have) for a single value.</li>
 * </ul>
 */
@ApplicationScoped
@Transactional
public class QualityIndex {

    public static final List<String> CHANNELS = List.of("phone", "visit", "email", "website", "chat");
    private static final long NO_REPLY = Long.MAX_VALUE;
    private static final EmailFigures NO_EMAIL = new EmailFigures(0, 0, 0, 0, 0, Optional.empty());

    @PersistenceContext
    EntityManager em;
    @Inject
    Scoring scoring;
    @Inject
    @ConfigProperty(name = "serviceaudit.index.min-sample", defaultValue = "5")
    int minSample;

    /** One channel's figures: how many audits or runs, their mean score and its sample variance. */
    public record ChannelFigures(long n, double mean, Optional<Double> variance) {
    }

    /**
     * @param medianReplySeconds counting non-responders as never; empty when more than half never replied (or no runs)
     */
    public record EmailFigures(long runs, long replied, long repliedOnTime, long noReply, long bounced, Optional<Long> medianReplySeconds) {
        public Optional<Double> shareOnTime() {
            return runs == 0 ? Optional.empty() : Optional.of((double) repliedOnTime / runs);
        }

        public Optional<Double> shareNeverReplied() {
            return runs == 0 ? Optional.empty() : Optional.of((double) (noReply + bounced) / runs);
        }
    }

    /**
     * @param weights   per available channel, its share of the index (they add up to 1)
     * @param sample    audits and probe runs behind the index
     * @param rank      among the client's locations with enough sample, best first; empty otherwise
     */
    public record Entry(Optional<Long> locationId, String name, Optional<Double> index, Optional<String> band, long audits, long probeRuns,
                        long sample, Optional<Double> low, Optional<Double> high, boolean smallSample, Optional<Integer> rank,
                        Map<String, ChannelFigures> channels, Map<String, Double> weights, EmailFigures email) {
    }

    public record Report(long clientId, String clientName, Period period, Map<String, Double> weights, boolean defaultWeights, int minSample,
                         Entry client, List<Entry> locations) {
    }

    public Report compute(Client client, Period period) {
        Optional<IndexWeights> stored = Optional.ofNullable(em.find(IndexWeights.class, client.id()));
        Map<String, Double> weights = stored.map(IndexWeights::weights).orElse(IndexWeights.DEFAULTS);
        Object[] window = {client.id(), period.from().atOffset(ZoneOffset.UTC), period.to().atOffset(ZoneOffset.UTC)};

        Map<Long, Map<String, ChannelFigures>> byLocation = new HashMap<>();
        audits(window, true).forEach((key, figures) -> byLocation.computeIfAbsent(key.location(), l -> new LinkedHashMap<>())
                .put(key.channel(), figures));
        Map<Long, EmailFigures> emailByLocation = new HashMap<>();
        Map<Long, ChannelFigures> emailScores = new HashMap<>();
        email(window, true, emailByLocation, emailScores);
        Map<Long, Map<String, ChannelFigures>> siteByLocation = website(window, true);
        Map<String, ChannelFigures> siteOfClient = siteByLocation.getOrDefault(-1L, Map.of());

        List<Location> locations = em.createQuery("select l from Location l where l.client.id = :client order by l.name, l.id", Location.class)
                .setParameter("client", client.id()).getResultList();
        List<Entry> entries = new ArrayList<>();
        for (Location location : locations) {
            Map<String, ChannelFigures> channels = new LinkedHashMap<>(byLocation.getOrDefault(location.id(), Map.of()));
            Optional.ofNullable(emailScores.get(location.id())).ifPresent(f -> channels.put("email", f));
            channels.putAll(siteByLocation.getOrDefault(location.id(), siteOfClient));
            entries.add(entry(Optional.of(location.id()), location.name(), channels, emailByLocation.getOrDefault(location.id(), NO_EMAIL),
                    weights));
        }
        return new Report(client.id(), client.name(), period, weights, stored.isEmpty(), minSample, whole(client, window, weights),
                ranked(entries));
    }

    /** The client's own entry only, without its locations': a point of a trend. */
    public Entry total(Client client, Period period) {
        return whole(client, new Object[]{client.id(), period.from().atOffset(ZoneOffset.UTC), period.to().atOffset(ZoneOffset.UTC)},
                weights(client));
    }

    private Map<String, Double> weights(Client client) {
        return Optional.ofNullable(em.find(IndexWeights.class, client.id())).map(IndexWeights::weights).orElse(IndexWeights.DEFAULTS);
    }

    private Entry whole(Client client, Object[] window, Map<String, Double> weights) {
        Map<String, ChannelFigures> whole = new LinkedHashMap<>();
        audits(window, false).forEach((key, figures) -> whole.put(key.channel(), figures));
        Map<Long, EmailFigures> emailWhole = new HashMap<>();
        Map<Long, ChannelFigures> emailWholeScores = new HashMap<>();
        email(window, false, emailWhole, emailWholeScores);
        Optional.ofNullable(emailWholeScores.get(-1L)).ifPresent(f -> whole.put("email", f));
        whole.putAll(website(window, false).getOrDefault(-1L, Map.of()));
        return entry(Optional.empty(), client.name(), whole, emailWhole.getOrDefault(-1L, NO_EMAIL), weights);
    }

    private record AuditKey(long location, String channel) {
    }

    private Map<AuditKey, ChannelFigures> audits(Object[] window, boolean byLocation) {
        String location = byLocation ? "a.location_id" : "-1";
        List<?> rows = Entities.nativeRows(em, "SELECT " + location + ", tv.channel, COUNT(*), AVG(a.score), VAR_SAMP(a.score)"
                + " FROM audit a JOIN template_version tv ON tv.template_id = a.template_id AND tv.version = a.template_version"
                + " JOIN location l ON l.id = a.location_id"
                + " WHERE l.client_id = ? AND a.status = 'PUBLISHED' AND a.score IS NOT NULL AND a.submitted_at >= ? AND a.submitted_at < ?"
                + " AND tv.channel IN ('PHONE', 'VISIT')"
                + " GROUP BY " + (byLocation ? "a.location_id, " : "") + "tv.channel", window);
        Map<AuditKey, ChannelFigures> out = new LinkedHashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            out.put(new AuditKey(number(r[0]).longValue(), r[1].toString().toLowerCase(java.util.Locale.ROOT)),
                    new ChannelFigures(number(r[2]).longValue(), number(r[3]).doubleValue(), variance(r[4])));
        }
        return out;
    }

    private void email(Object[] window, boolean byLocation, Map<Long, EmailFigures> figures, Map<Long, ChannelFigures> scores) {
        String location = byLocation ? "location_id" : "-1";
        List<?> rows = Entities.nativeRows(em, "SELECT " + location + ", COUNT(*), AVG(score), VAR_SAMP(score),"
                + " SUM(CASE WHEN replied_at IS NOT NULL THEN 1 ELSE 0 END), SUM(CASE WHEN on_time = TRUE THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN state = 'NO_REPLY' THEN 1 ELSE 0 END), SUM(CASE WHEN state = 'BOUNCED' THEN 1 ELSE 0 END),"
                + " PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY COALESCE(replied_after_s, " + NO_REPLY + "))"
                + " FROM email_run WHERE client_id = ? AND score IS NOT NULL AND sent_at >= ? AND sent_at < ?"
                + (byLocation ? " GROUP BY location_id" : ""), window);
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            long n = number(r[1]).longValue();
            if (n == 0) {
                continue;
            }
            long key = number(r[0]).longValue();
            long median = r[8] == null ? NO_REPLY : number(r[8]).longValue();
            figures.put(key, new EmailFigures(n, number(r[4]).longValue(), number(r[5]).longValue(), number(r[6]).longValue(),
                    number(r[7]).longValue(), median == NO_REPLY ? Optional.empty() : Optional.of(median)));
            scores.put(key, new ChannelFigures(n, number(r[2]).doubleValue(), variance(r[3])));
        }
    }

    /** Website and chat figures by location; the client's own site under -1. */
    private Map<Long, Map<String, ChannelFigures>> website(Object[] window, boolean byLocation) {
        String location = byLocation ? "COALESCE(location_id, -1)" : "-1";
        List<?> rows = Entities.nativeRows(em, "SELECT " + location + ", COUNT(*), AVG(score), VAR_SAMP(score),"
                + " AVG(CASE WHEN chat_present = TRUE THEN 1.0 ELSE 0.0 END), VAR_SAMP(CASE WHEN chat_present = TRUE THEN 1.0 ELSE 0.0 END)"
                + " FROM website_run WHERE client_id = ? AND state = 'DONE' AND due_at >= ? AND due_at < ?"
                + (byLocation ? " GROUP BY COALESCE(location_id, -1)" : ""), window);
        Map<Long, Map<String, ChannelFigures>> out = new HashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            long n = number(r[1]).longValue();
            if (n == 0) {
                continue;
            }
            Map<String, ChannelFigures> channels = new LinkedHashMap<>();
            channels.put("website", new ChannelFigures(n, number(r[2]).doubleValue(), variance(r[3])));
            channels.put("chat", new ChannelFigures(n, number(r[4]).doubleValue(), variance(r[5])));
            out.put(number(r[0]).longValue(), channels);
        }
        return out;
    }

    private Entry entry(Optional<Long> locationId, String name, Map<String, ChannelFigures> channels, EmailFigures email,
                        Map<String, Double> weights) {
        double total = channels.keySet().stream().mapToDouble(c -> weights.getOrDefault(c, 0.0)).sum();
        long audits = channels.entrySet().stream().filter(e -> e.getKey().equals("phone") || e.getKey().equals("visit"))
                .mapToLong(e -> e.getValue().n()).sum();
        // Chat comes from the same website runs: counted once.
        long runs = Optional.ofNullable(channels.get("email")).map(ChannelFigures::n).orElse(0L)
                + Optional.ofNullable(channels.get("website")).map(ChannelFigures::n).orElse(0L);
        Map<String, Double> shares = new LinkedHashMap<>();
        if (total <= 0) {
            return new Entry(locationId, name, Optional.empty(), Optional.empty(), audits, runs, audits + runs, Optional.empty(),
                    Optional.empty(), true, Optional.empty(), channels, shares, email);
        }
        double index = 0;
        double variance = 0;
        for (String channel : CHANNELS) {
            ChannelFigures f = channels.get(channel);
            double w = weights.getOrDefault(channel, 0.0);
            if (f == null || w <= 0) {
                continue;
            }
            double share = w / total;
            shares.put(channel, round(share));
            index += share * f.mean();
            variance += share * share * f.variance().filter(v -> f.n() >= 2).orElse(0.25) / f.n();
        }
        double half = 1.96 * Math.sqrt(variance);
        return new Entry(locationId, name, Optional.of(round(index)), Optional.of(scoring.bands().band(index).code()), audits, runs,
                audits + runs, Optional.of(round(Math.max(0, index - half))), Optional.of(round(Math.min(1, index + half))),
                audits + runs < minSample, Optional.empty(), channels, shares, email);
    }

    /** Locations with enough sample ranked by index, best first (ties by name); the others after them, unranked. */
    private static List<Entry> ranked(List<Entry> entries) {
        List<Entry> rankable = entries.stream().filter(e -> e.index().isPresent() && !e.smallSample())
                .sorted(Comparator.comparing((Entry e) -> -e.index().get()).thenComparing(Entry::name)).toList();
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < rankable.size(); i++) {
            Entry e = rankable.get(i);
            out.add(new Entry(e.locationId(), e.name(), e.index(), e.band(), e.audits(), e.probeRuns(), e.sample(), e.low(), e.high(),
                    false, Optional.of(i + 1), e.channels(), e.weights(), e.email()));
        }
        entries.stream().filter(e -> !rankable.contains(e))
                .sorted(Comparator.comparing((Entry e) -> e.index().map(i -> -i).orElse(1.0)).thenComparing(Entry::name)).forEach(out::add);
        return out;
    }


    private static Optional<Double> variance(Object value) {
        return value == null ? Optional.empty() : Optional.of(number(value).doubleValue());
    }

    private static Number number(Object value) {
        return (Number) value;
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
