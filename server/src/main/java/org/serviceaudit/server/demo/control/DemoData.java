package org.serviceaudit.server.demo.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.serviceaudit.checklists.Answer;
import org.serviceaudit.checklists.Item;
import org.serviceaudit.checklists.Option;
import org.serviceaudit.checklists.Response;
import org.serviceaudit.checklists.Rule;
import org.serviceaudit.checklists.Template;
import org.serviceaudit.server.accounts.control.Accounts;
import org.serviceaudit.server.accounts.control.Caller;
import org.serviceaudit.server.accounts.entity.Role;
import org.serviceaudit.server.accounts.entity.User;
import org.serviceaudit.server.audits.control.ParsedSubmission;
import org.serviceaudit.server.audits.control.SubmissionStore;
import org.serviceaudit.server.audits.entity.Audit;
import org.serviceaudit.server.clients.entity.Client;
import org.serviceaudit.server.clients.entity.Location;
import org.serviceaudit.server.clients.entity.OpeningHours;
import org.serviceaudit.server.templates.control.TemplateCatalog;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * A demo client with three locations in three time zones and, per location, a phone and a
 * visit audit in each of the last three months: most submitted, some approved or published,
 * the current month's still assigned. Answers come from a fixed seed, so every demo
 * database looks the same. The three demo auditors and the client's demo manager have no
 * password: an admin sets one (PUT /api/users/{id}/password) to sign in as them.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    public static final String CLIENT = "Demo: Nordlys Electronics";

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    TemplateCatalog templates;
    @Inject
    SubmissionStore submissions;

    @Transactional
    public void installIfEmpty() {
        if (em.createQuery("select count(c) from Client c", Long.class).getSingleResult() > 0) {
            LOG.info("Demo data not installed: the database has clients already");
            return;
        }
        Instant now = clock.instant();
        Client client = new Client(CLIENT, now);
        em.persist(client);
        List<Location> locations = List.of(
                location(client, "Stockholm, Drottninggatan", "Drottninggatan 53, 111 21 Stockholm", "Europe/Stockholm", "+46 8 555 010 00", now),
                location(client, "Київ, Хрещатик", "вул. Хрещатик, 22, Київ 01001", "Europe/Kyiv", "+380 44 555 0100", now),
                location(client, "Рига, Бривибас", "Brīvības iela 40, Rīga", "Europe/Riga", "+371 6 555 0100", now));
        locations.forEach(em::persist);
        em.flush();
        List<User> auditors = List.of(user("demo-auditor-1", "Demo Auditor 1", Role.AUDITOR, Optional.empty(), now),
                user("demo-auditor-2", "Demo Auditor 2", Role.AUDITOR, Optional.empty(), now),
                user("demo-auditor-3", "Demo Auditor 3", Role.AUDITOR, Optional.empty(), now));
        user("demo-manager", "Demo Manager", Role.MANAGER, Optional.of(client.id()), now);
        Random random = new Random(20261101L);
        int audits = 0;
        for (int monthsAgo = 2; monthsAgo >= 0; monthsAgo--) {
            Instant from = now.minus(Duration.ofDays(30L * monthsAgo + 25)).truncatedTo(ChronoUnit.DAYS);
            for (Location location : locations) {
                for (String templateId : List.of("phone-etiquette", "store-visit")) {
                    int version = templates.latest(templateId).orElseThrow().version();
                    User auditor = auditors.get(audits % auditors.size());
                    Audit audit = new Audit(location, templateId, version, auditor, from, from.plus(Duration.ofDays(7)), now);
                    em.persist(audit);
                    em.flush();
                    audits++;
                    if (monthsAgo > 0) {
                        Template template = templates.forAudit(templateId, version);
                        List<Answer> answers = answers(template, random);
                        submissions.insert(audit.id(), ParsedSubmission.of(new UUID(random.nextLong(), random.nextLong()), answers),
                                Caller.of(auditor, ""));
                        if (monthsAgo == 2) {
                            audit.approve("demo-reviewer", null, now);
                            audit.publish("demo-reviewer", now);
                        }
                    }
                }
            }
        }
        LOG.info("Demo data installed: client '" + CLIENT + "', " + locations.size() + " locations, " + audits + " audits");
    }

    private User user(String username, String name, Role role, Optional<Long> client, Instant now) {
        User user = Accounts.byUsername(em, username).orElseGet(() -> new User(username, name, role, client, User.NO_PASSWORD, now));
        em.persist(user);
        return user;
    }

    private static Location location(Client client, String name, String address, String zone, String phone, Instant now) {
        List<OpeningHours> hours = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day != DayOfWeek.SUNDAY) {
                hours.add(new OpeningHours(day, LocalTime.of(day == DayOfWeek.SATURDAY ? 10 : 9, 0), LocalTime.of(day == DayOfWeek.SATURDAY ? 16 : 19, 0)));
            }
        }
        return new Location(client, new Location.Details(name, address, ZoneId.of(zone), hours, phone, null, "https://example.com"), now);
    }

    /** Mostly good service with some misses, so scores spread over the bands. */
    static List<Answer> answers(Template template, Random random) {
        List<Answer> answers = new ArrayList<>();
        double quality = 0.6 + random.nextDouble() * 0.4;
        for (Item item : template.items()) {
            boolean good = random.nextDouble() < quality;
            Response response;
            if (item.naAllowed() && random.nextDouble() < 0.15) {
                response = Response.NotApplicable.INSTANCE;
            } else if (item.rule() instanceof Rule.YesNo) {
                response = new Response.Flag(good);
            } else if (item.rule() instanceof Rule.Scale) {
                response = number(good ? 4 + random.nextInt(2) : 1 + random.nextInt(3));
            } else if (item.rule() instanceof Rule.Count c) {
                int threshold = c.passAtMost() != null ? c.passAtMost() : c.passAtLeast();
                response = number(good == (c.passAtMost() != null) ? Math.max(0, threshold - random.nextInt(2)) : threshold + 1 + random.nextInt(3));
            } else if (item.rule() instanceof Rule.Duration d) {
                int limit = d.passAtMostSeconds().intValue();
                response = number(good ? random.nextInt(limit + 1) : limit + 1 + random.nextInt(limit));
            } else if (item.rule() instanceof Rule.Choice choice) {
                List<Option> options = choice.options();
                response = new Response.Text(good ? options.get(0).id() : options.get(options.size() - 1).id());
            } else {
                continue;
            }
            answers.add(new Answer(item.id(), response, good ? null : "Demo: noted during the visit"));
        }
        return answers;
    }

    private static Response number(int value) {
        return new Response.Number(BigDecimal.valueOf(value));
    }
}
