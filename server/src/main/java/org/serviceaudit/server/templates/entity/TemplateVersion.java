package org.serviceaudit.server.templates.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.serviceaudit.checklists.Language;
import org.serviceaudit.checklists.Template;

import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/** One version of a checklist template, stored as the JSON it was read from. */
@Entity
@Table(name = "template_version")
@IdClass(TemplateVersion.Key.class)
public class TemplateVersion {

    @Id
    @Column(name = "template_id")
    private String templateId;
    @Id
    private int version;
    @Column(nullable = false)
    private String title;
    @Column(nullable = false)
    private String content;
    @Column(nullable = false)
    private boolean shipped;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    private org.serviceaudit.checklists.Channel channel;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected TemplateVersion() {
    }

    public TemplateVersion(Template template, String content, boolean shipped, Instant at) {
        this.templateId = template.id();
        this.version = template.version();
        this.shipped = shipped;
        this.createdAt = at.atOffset(ZoneOffset.UTC);
        replace(template, content, at);
    }

    /**
     * Only for a version no audit uses yet, or one that changes nothing but its channel (a
     * label for the index, not part of what is asked or scored); the caller checks that under a lock.
     */
    public void replace(Template template, String content, Instant at) {
        this.title = template.title().in(Language.EN);
        this.channel = template.channel();
        this.content = content;
        this.updatedAt = at.atOffset(ZoneOffset.UTC);
    }

    public org.serviceaudit.checklists.Channel channel() {
        return channel;
    }

    public Key key() {
        return new Key(templateId, version);
    }

    public String templateId() {
        return templateId;
    }

    public int version() {
        return version;
    }

    public String title() {
        return title;
    }

    public String content() {
        return content;
    }

    public boolean shipped() {
        return shipped;
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    public Instant updatedAt() {
        return updatedAt.toInstant();
    }

    public static class Key implements Serializable {
        private String templateId;
        private int version;

        protected Key() {
        }

        public Key(String templateId, int version) {
            this.templateId = templateId;
            this.version = version;
        }

        public String templateId() {
            return templateId;
        }

        public int version() {
            return version;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.templateId.equals(templateId) && k.version == version;
        }

        @Override
        public int hashCode() {
            return Objects.hash(templateId, version);
        }

        @Override
        public String toString() {
            return templateId + " version " + version;
        }
    }
}
