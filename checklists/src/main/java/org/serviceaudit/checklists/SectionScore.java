package org.serviceaudit.checklists;

import java.util.Optional;

/**
 * @param score  from 0 to 1 rounded to 4 decimals, or {@code null} when no item of the section
 *               counts (all N/A, or only evidence)
 * @param capped whether a failed critical item capped it
 */
public record SectionScore(String sectionId, Double score, boolean capped) {

    public Optional<Double> scoreValue() {
        return Optional.ofNullable(score);
    }
}
