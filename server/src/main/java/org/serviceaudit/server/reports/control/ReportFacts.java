package org.serviceaudit.server.reports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.serviceaudit.checklists.Language;
import org.serviceaudit.checklists.Scoring;
import org.serviceaudit.server.clients.entity.Client;
import org.serviceaudit.server.quality.boundary.IndexView;
import org.serviceaudit.server.quality.control.Period;
import org.serviceaudit.server.quality.control.QualityDetails;
import org.serviceaudit.server.quality.control.QualityIndex;

import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Gathers what a period report shows, all of it from the same queries the index API answers
 * from (so the PDF and the API agree), and the JSON attached to the PDF.
 */
@ApplicationScoped
@Transactional
public class ReportFacts {

    /** Failed items per location in the appendix. */
    private static final int FAILED_PER_LOCATION = 3;
    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext
    EntityManager em;
    @Inject
    QualityIndex index;
    @Inject
    QualityDetails details;
    @Inject
    Scoring scoring;

    /** The report's data as attached: the index as {@code GET /index} gives it, and everything else the report shows. */
    public record ReportData(String report, Instant generatedAt, String language, IndexView index, String previousPeriod, Double previousIndex,
                             QualityDetails.Details details, List<QualityDetails.ReplyTimeBand> replyTimes,
                             List<QualityDetails.SiteFigures> websites, Map<Long, QualityDetails.LocationDetails> locations) {
    }

    public PeriodReport.Facts collect(long clientId, Period period, Language language, Instant generated) {
        Client client = em.find(Client.class, clientId);
        QualityIndex.Report report = index.compute(client, period);
        Period before = period.previous();
        Optional<QualityIndex.Entry> previous = Optional.of(index.total(client, before)).filter(e -> e.index().isPresent());
        QualityDetails.ForReport found = details.forReport(client, period, language, FAILED_PER_LOCATION);
        QualityDetails.Details whole = new QualityDetails.Details(found.whole().dimensions(), found.whole().sections(),
                found.whole().mostFailed(), details.trend(client, Optional.empty(), period.trend()));
        List<QualityDetails.ReplyTimeBand> replyTimes = details.replyTimes(client, period);
        List<QualityDetails.SiteFigures> websites = details.websites(client, period);
        Map<Long, QualityDetails.LocationDetails> locations = found.locations();
        String json = JSON.toJson(new ReportData("service-quality", generated, language.code(), IndexView.of(report), before.label(),
                previous.flatMap(QualityIndex.Entry::index).orElse(null), whole, replyTimes, websites, locations));
        return new PeriodReport.Facts(report, previous, before.label(), whole, replyTimes, websites, locations, scoring.bands(), json);
    }

    /**
     * A name that says what the file is: {@code service-quality-<client>-<period>-<lang>.pdf},
     * the client's name in its own letters (for {@code filename*}) or, for the plain ASCII
     * {@code filename}, without accents and other scripts (then the client's id).
     */
    public static String fileName(long clientId, String clientName, Period period, Language language, boolean ascii) {
        String name = Normalizer.normalize(clientName, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        name = (ascii ? name.replaceAll("[^a-z0-9]+", "-") : name.replaceAll("[^\\p{L}\\p{N}]+", "-")).replaceAll("^-+|-+$", "");
        if (name.length() > 60) {
            name = name.substring(0, 60).replaceAll("-+$", "");
        }
        if (name.isEmpty()) {
            name = "client-" + clientId;
        }
        return "service-quality-" + name + "-" + period.label().replaceAll("[^0-9A-Za-z-]", "_") + "-" + language.code() + ".pdf";
    }
}
