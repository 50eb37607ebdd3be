package org.serviceaudit.checklists;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of scoring one filled checklist.
 *
 * @param score            from 0 to 1 rounded to 4 decimals, or {@code null} when nothing counted
 * @param band             the band of the score, or {@code null} with it
 * @param criticalFailure  whether a critical item failed, capping the score
 */
public record AuditScore(Double score, Band band, boolean criticalFailure, List<SectionScore> sections, List<ItemResult> items) {

    public AuditScore {
        sections = List.copyOf(sections);
        items = List.copyOf(items);
    }

    public Optional<Double> scoreValue() {
        return Optional.ofNullable(score);
    }

    /** The items that failed, including required items left without a valid answer, in template order. */
    public List<ItemResult> failedItems() {
        return items.stream().filter(ItemResult::failed).toList();
    }

    public List<String> missingRequired() {
        return items.stream().filter(i -> i.status() == ItemResult.Status.MISSING).map(ItemResult::itemId).toList();
    }
}
