package org.serviceaudit.server.templates.boundary;

import org.serviceaudit.server.templates.entity.TemplateVersion;

import java.time.Instant;

/**
 * A template version in lists.
 *
 * @param title the English title (or the first language the template has)
 * @param used    how many audits use this version; a used version is immutable
 * @param channel phone, visit or other: the index channel its audits count in
 */
public record TemplateSummary(String id, int version, String title, String channel, boolean shipped, long used, Instant createdAt,
                              Instant updatedAt) {

    static TemplateSummary of(TemplateVersion t, long used) {
        return new TemplateSummary(t.templateId(), t.version(), t.title(), t.channel().code(), t.shipped(), used, t.createdAt(),
                t.updatedAt());
    }
}
