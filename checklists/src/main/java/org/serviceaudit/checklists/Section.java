package org.serviceaudit.checklists;

import java.util.List;

/**
 * A part of a checklist, scored on its own.
 *
 * @param weight the section's weight in the audit score, greater than 0 (default 1)
 */
public record Section(String id, LocalizedText title, double weight, List<Item> items) {

    public Section {
        items = List.copyOf(items);
    }
}
