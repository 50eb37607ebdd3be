package org.serviceaudit.checklists;

import java.math.BigDecimal;

/**
 * One answer of a single-choice item.
 *
 * @param points non-negative; the item's score is {@code points / highest points of the item}
 * @param passes whether choosing it passes the item (in the file: {@code pass}, by default true
 *               exactly for the options with the highest points)
 */
public record Option(String id, LocalizedText label, BigDecimal points, boolean passes) {
}
