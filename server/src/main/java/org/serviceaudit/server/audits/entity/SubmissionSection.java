package org.serviceaudit.server.audits.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.serviceaudit.checklists.SectionScore;

import java.io.Serializable;
import java.util.Objects;

/** One section's score in a submission, kept as a row so reports aggregate in SQL. */
@Entity
@Table(name = "submission_section")
@IdClass(SubmissionSection.Key.class)
public class SubmissionSection {

    @Id
    @Column(name = "submission_id")
    private String submissionId;
    @Id
    @Column(name = "section_id")
    private String sectionId;
    private Double score;
    @Column(nullable = false)
    private boolean capped;

    protected SubmissionSection() {
    }

    public SubmissionSection(String submissionId, SectionScore section) {
        this.submissionId = submissionId;
        this.sectionId = section.sectionId();
        this.score = section.score();
        this.capped = section.capped();
    }

    public static class Key implements Serializable {
        private String submissionId;
        private String sectionId;

        protected Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.submissionId.equals(submissionId) && k.sectionId.equals(sectionId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(submissionId, sectionId);
        }
    }
}
