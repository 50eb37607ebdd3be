/**
 * Checklists that auditors fill in and how they are scored.
 *
 * <p>A {@link org.serviceaudit.checklists.Template} is read from JSON by
 * {@link org.serviceaudit.checklists.TemplateReader}, which reports every problem with the file
 * and the JSON path at fault. {@link org.serviceaudit.checklists.ShippedTemplates} holds the
 * phone-etiquette and store-visit checklists built from the service standards. Answers are
 * checked against a template with {@link org.serviceaudit.checklists.Template#violations} and
 * scored by the pure function {@link org.serviceaudit.checklists.Scoring#score}.
 *
 * <p>Plain Java with no container code, so the server, the command line and tests share it.
 * Nothing in this package returns {@code null} for a collection; optional values are
 * {@link java.util.Optional} unless documented as nullable.
 */
package org.serviceaudit.checklists;
