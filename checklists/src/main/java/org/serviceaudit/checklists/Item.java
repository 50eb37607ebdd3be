package org.serviceaudit.checklists;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One question of a checklist with its measurable pass condition.
 *
 * @param text       what the auditor is asked
 * @param standard   the service standard the item checks, shown one tap away; required for
 *                   scored items, {@code null} allowed for evidence
 * @param weight     relative weight inside its section, greater than 0 (default 1)
 * @param critical   a failed critical item caps its section and the audit at the template's
 *                   {@link Template#criticalCap()}
 * @param naAllowed  whether "not applicable" is an accepted answer; N/A leaves the denominator
 * @param required   whether a submission must answer it (default: true for scored items)
 * @param dimensions the service dimensions the item measures
 * @param measure    the phone helpers' figure that fills this item, {@code null} for none
 */
public record Item(String id, LocalizedText text, LocalizedText standard, Rule rule, double weight,
                   boolean critical, boolean naAllowed, boolean required, Set<Dimension> dimensions,
                   Measure measure) {

    public Item {
        Objects.requireNonNull(id);
        Objects.requireNonNull(text);
        Objects.requireNonNull(rule);
        dimensions = Set.copyOf(dimensions);
    }

    /** The same item without its measure: what scoring depends on. */
    public Item unmeasured() {
        return new Item(id, text, standard, rule, weight, critical, naAllowed, required, dimensions, null);
    }

    public ItemKind kind() {
        return rule.kind();
    }

    public boolean scored() {
        return kind().scored();
    }

    public Optional<LocalizedText> standardText() {
        return Optional.ofNullable(standard);
    }

    /** Why the response is not an acceptable answer to this item, or empty when it is. */
    public Optional<String> check(Response response) {
        if (response == Response.NotApplicable.INSTANCE) {
            return naAllowed ? Optional.empty() : Optional.of("N/A is not allowed for this item");
        }
        return rule.check(response);
    }
}
