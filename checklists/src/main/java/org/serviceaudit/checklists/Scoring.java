package org.serviceaudit.checklists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores a filled checklist. A pure function of the template, the answers and the bands.
 *
 * <ul>
 *   <li>An item scores from 0 to 1 (see {@link Rule}); N/A, unanswered optional items and
 *       evidence leave the denominator.</li>
 *   <li>A required item without a valid answer counts as failed with score 0: scoring never
 *       rewards a gap. (The server refuses such submissions before they are scored.)</li>
 *   <li>A section scores the weighted mean of its counted items; the audit, the weighted mean
 *       of its counted sections (by section weight).</li>
 *   <li>A failed critical item caps its section and the audit at the template's critical cap.</li>
 *   <li>Section and audit scores are rounded to 4 decimals before the band is looked up, so a
 *       score that is 0.9 on paper is Secure, not 0.8999999.</li>
 * </ul>
 */
public final class Scoring {

    private final BandThresholds bands;

    public Scoring(BandThresholds bands) {
        this.bands = bands;
    }

    public Scoring() {
        this(BandThresholds.DEFAULT);
    }

    public BandThresholds bands() {
        return bands;
    }

    public AuditScore score(Template template, List<Answer> answers) {
        Map<String, Answer> byItem = new HashMap<>();
        for (Answer answer : answers) {
            byItem.putIfAbsent(answer.itemId(), answer);
        }
        List<ItemResult> items = new ArrayList<>();
        List<SectionScore> sections = new ArrayList<>();
        double auditSum = 0;
        double auditWeight = 0;
        boolean anyCritical = false;
        for (Section section : template.sections()) {
            double sum = 0;
            double weight = 0;
            boolean criticalFailed = false;
            for (Item item : section.items()) {
                ItemResult result = score(section, item, byItem.get(item.id()));
                items.add(result);
                if (result.score() != null) {
                    sum += item.weight() * result.score();
                    weight += item.weight();
                }
                criticalFailed |= item.critical() && result.failed();
            }
            Double sectionScore = weight == 0 ? null : round(sum / weight);
            if (criticalFailed && sectionScore != null) {
                sectionScore = Math.min(sectionScore, template.criticalCap());
            }
            anyCritical |= criticalFailed;
            sections.add(new SectionScore(section.id(), sectionScore, criticalFailed));
            if (sectionScore != null) {
                auditSum += section.weight() * sectionScore;
                auditWeight += section.weight();
            }
        }
        Double score = auditWeight == 0 ? null : round(auditSum / auditWeight);
        if (anyCritical && score != null) {
            score = Math.min(score, template.criticalCap());
        }
        return new AuditScore(score, score == null ? null : bands.band(score), anyCritical, sections, items);
    }

    private static ItemResult score(Section section, Item item, Answer answer) {
        if (!item.scored()) {
            return result(section, item, ItemResult.Status.EVIDENCE, null);
        }
        boolean valid = answer != null && item.check(answer.response()).isEmpty();
        if (!valid) {
            return item.required() ? result(section, item, ItemResult.Status.MISSING, 0.0)
                    : result(section, item, ItemResult.Status.UNANSWERED, null);
        }
        if (answer.notApplicable()) {
            return result(section, item, ItemResult.Status.NOT_APPLICABLE, null);
        }
        Rule rule = item.rule();
        ItemResult.Status status = rule.passes(answer.response()) ? ItemResult.Status.PASSED : ItemResult.Status.FAILED;
        return result(section, item, status, rule.score(answer.response()));
    }

    private static ItemResult result(Section section, Item item, ItemResult.Status status, Double score) {
        return new ItemResult(item.id(), section.id(), status, score, item.weight(), item.critical());
    }

    private static double round(double score) {
        return Math.round(score * 10_000) / 10_000.0;
    }
}
