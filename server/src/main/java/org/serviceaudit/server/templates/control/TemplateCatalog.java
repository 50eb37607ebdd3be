package org.serviceaudit.server.templates.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.serviceaudit.checklists.Dimension;
import org.serviceaudit.checklists.Item;
import org.serviceaudit.checklists.Section;
import org.serviceaudit.checklists.ShippedTemplates;
import org.serviceaudit.checklists.Template;
import org.serviceaudit.checklists.TemplateException;
import org.serviceaudit.checklists.TemplateReader;
import org.serviceaudit.server.problems.ApiException;
import org.serviceaudit.server.problems.ProblemError;
import org.serviceaudit.server.templates.entity.TemplateVersion;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The templates the server knows: installs the shipped ones, imports more, and hands out
 * parsed templates for scoring.
 *
 * <p>Parsed templates are cached only once an audit uses their version: from then on the
 * version is immutable (an import that would change it is refused under a row lock that
 * audit creation takes too), so the cache can never go stale, on this node or another.
 */
@ApplicationScoped
public class TemplateCatalog {

    private static final Logger LOG = Logger.getLogger(TemplateCatalog.class.getName());

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;

    private final TemplateReader reader = new TemplateReader();
    private final Map<TemplateVersion.Key, Template> used = new ConcurrentHashMap<>();

    public enum Outcome { CREATED, REPLACED, UNCHANGED }

    public record Imported(TemplateVersion version, Outcome outcome) {
    }

    /** Installs or refreshes the shipped templates; a shipped version in use is never changed. */
    @Transactional
    public void installShipped() {
        for (Map.Entry<String, String> source : ShippedTemplates.sources().entrySet()) {
            Template template = parse(source.getKey(), source.getValue());
            Imported result = store(template, source.getValue(), true, false);
            if (result.outcome() != Outcome.UNCHANGED) {
                LOG.info(() -> "Shipped template " + result.version().key() + ": " + result.outcome().name().toLowerCase());
            }
        }
    }

    /**
     * Imports a template from JSON text.
     *
     * @throws ApiException 422 listing every problem of the file; 409 when the version exists,
     *                      differs and is used by an audit
     */
    @Transactional
    public Imported importJson(String json) {
        try {
            Template template = reader.read("request body", json);
            return store(template, json, false, true);
        } catch (TemplateException e) {
            if (e.notJson()) {
                throw ApiException.badRequest(e.problems().get(0).toString(), List.of());
            }
            throw ApiException.invalid("the template is not valid",
                    e.problems().stream().map(p -> ProblemError.at(jsonPointer(p.path()), p.message())).toList());
        }
    }

    private Imported store(Template template, String json, boolean shipped, boolean refuseUsedChange) {
        TemplateVersion existing = em.find(TemplateVersion.class, new TemplateVersion.Key(template.id(), template.version()),
                LockModeType.PESSIMISTIC_WRITE);
        if (existing == null) {
            TemplateVersion created = new TemplateVersion(template, json, shipped, clock.instant());
            em.persist(created);
            em.flush();
            writeItems(template);
            return new Imported(created, Outcome.CREATED);
        }
        Template stored = parse(existing.templateId(), existing.content());
        if (stored.equals(template)) {
            return new Imported(existing, Outcome.UNCHANGED);
        }
        if (stored.scoresLike(template)) {
            existing.replace(template, json, clock.instant());
            return new Imported(existing, Outcome.REPLACED);
        }
        long audits = auditsUsing(existing.key());
        if (audits > 0) {
            if (refuseUsedChange) {
                throw ApiException.conflict("template-in-use", existing.key() + " is used by " + audits
                        + " audit(s) and cannot change; import the change as version " + (latestVersion(template.id()) + 1));
            }
            LOG.warning(() -> "Shipped template " + existing.key() + " differs from the stored one, which audits use; "
                    + "the stored one is kept. Ship the change as a new version.");
            return new Imported(existing, Outcome.UNCHANGED);
        }
        existing.replace(template, json, clock.instant());
        writeItems(template);
        return new Imported(existing, Outcome.REPLACED);
    }

    /**
     * The version's items as rows ({@code template_item}, {@code template_item_dimension}), so
     * reports can count in SQL the items a submission had without a row per answer.
     */
    private void writeItems(Template template) {
        for (String table : List.of("template_item_dimension", "template_item")) {
            em.createNativeQuery("DELETE FROM " + table + " WHERE template_id = ? AND version = ?")
                    .setParameter(1, template.id()).setParameter(2, template.version()).executeUpdate();
        }
        int position = 0;
        for (Section section : template.sections()) {
            for (Item item : section.items()) {
                em.createNativeQuery("INSERT INTO template_item (template_id, version, item_id, section_id, position, kind, weight, critical)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                        .setParameter(1, template.id()).setParameter(2, template.version()).setParameter(3, item.id())
                        .setParameter(4, section.id()).setParameter(5, position++).setParameter(6, item.kind().code())
                        .setParameter(7, item.weight()).setParameter(8, item.critical()).executeUpdate();
                for (Dimension dimension : item.dimensions()) {
                    em.createNativeQuery("INSERT INTO template_item_dimension (template_id, version, item_id, dimension) VALUES (?, ?, ?, ?)")
                            .setParameter(1, template.id()).setParameter(2, template.version()).setParameter(3, item.id())
                            .setParameter(4, dimension.code()).executeUpdate();
                }
            }
        }
    }

    /**
     * The template version for a new audit, locked so that a concurrent import cannot change it
     * between this check and the audit's insert.
     */
    public Optional<TemplateVersion> lockForNewAudit(String templateId, Optional<Integer> version) {
        int v = version.orElseGet(() -> latestVersion(templateId));
        return Optional.ofNullable(em.find(TemplateVersion.class, new TemplateVersion.Key(templateId, v), LockModeType.PESSIMISTIC_WRITE));
    }

    /** The parsed template of a version an audit uses (and so immutable), cached. */
    public Template forAudit(String templateId, int version) {
        return used.computeIfAbsent(new TemplateVersion.Key(templateId, version), key -> {
            TemplateVersion stored = em.find(TemplateVersion.class, key);
            if (stored == null) {
                throw new IllegalStateException("an audit refers to a missing template " + key);
            }
            return parse(key.toString(), stored.content());
        });
    }

    public Optional<TemplateVersion> find(String templateId, int version) {
        return Optional.ofNullable(em.find(TemplateVersion.class, new TemplateVersion.Key(templateId, version)));
    }

    public Optional<TemplateVersion> latest(String templateId) {
        return em.createQuery("select t from TemplateVersion t where t.templateId = :id order by t.version desc", TemplateVersion.class)
                .setParameter("id", templateId).setMaxResults(1).getResultStream().findFirst();
    }

    public List<TemplateVersion> list(int offset, int limit) {
        return em.createQuery("select t from TemplateVersion t order by t.templateId, t.version", TemplateVersion.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long count() {
        return em.createQuery("select count(t) from TemplateVersion t", Long.class).getSingleResult();
    }

    public long auditsUsing(TemplateVersion.Key key) {
        return em.createQuery("select count(a) from Audit a where a.templateId = :id and a.templateVersion = :v", Long.class)
                .setParameter("id", key.templateId()).setParameter("v", key.version()).getSingleResult();
    }

    private int latestVersion(String templateId) {
        Integer latest = em.createQuery("select max(t.version) from TemplateVersion t where t.templateId = :id", Integer.class)
                .setParameter("id", templateId).getSingleResult();
        return latest == null ? 0 : latest;
    }

    private Template parse(String source, String json) {
        try {
            return reader.read(source, json);
        } catch (TemplateException e) {
            throw new IllegalStateException("stored template no longer reads: " + e.getMessage(), e);
        }
    }

    /** {@code $.sections[0].items[2].kind} as the JSON pointer {@code /sections/0/items/2/kind}. */
    static String jsonPointer(String path) {
        String pointer = path.replaceFirst("^\\$", "").replaceAll(" \\(line.*\\)$", "")
                .replaceAll("\\[(\\d+)]", "/$1").replace('.', '/');
        return pointer.isEmpty() ? "" : pointer;
    }
}
