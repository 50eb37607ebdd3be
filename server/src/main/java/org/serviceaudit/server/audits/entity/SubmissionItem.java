package org.serviceaudit.server.audits.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.serviceaudit.checklists.ItemResult;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/** One item's outcome in a submission, kept as a row so reports aggregate in SQL. */
@Entity
@Table(name = "submission_item")
@IdClass(SubmissionItem.Key.class)
public class SubmissionItem {

    @Id
    @Column(name = "submission_id")
    private String submissionId;
    @Id
    @Column(name = "item_id")
    private String itemId;
    @Column(name = "section_id", nullable = false)
    private String sectionId;
    @Column(nullable = false)
    private String status;
    private Double score;
    @Column(nullable = false)
    private double weight;
    @Column(nullable = false)
    private boolean critical;

    protected SubmissionItem() {
    }

    public SubmissionItem(String submissionId, ItemResult result) {
        this.submissionId = submissionId;
        this.itemId = result.itemId();
        this.sectionId = result.sectionId();
        this.status = result.status().name().toLowerCase(Locale.ROOT);
        this.score = result.score();
        this.weight = result.weight();
        this.critical = result.critical();
    }

    public static class Key implements Serializable {
        private String submissionId;
        private String itemId;

        protected Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.submissionId.equals(submissionId) && k.itemId.equals(itemId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(submissionId, itemId);
        }
    }
}
