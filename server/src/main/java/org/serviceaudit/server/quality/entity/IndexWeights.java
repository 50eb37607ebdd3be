package org.serviceaudit.server.quality.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How much each channel counts in a client's index. Only their proportions matter: the index
 * divides by the sum of the weights of the channels that have data in the period, so a
 * channel without audits or runs is left out rather than counted as zero.
 */
@Entity
@Table(name = "client_index_weights")
public class IndexWeights {

    /** The defaults: the manual checklists weigh most, the automated probes less, chat presence least. */
    public static final Map<String, Double> DEFAULTS = defaults();

    private static Map<String, Double> defaults() {
        Map<String, Double> d = new LinkedHashMap<>();
        d.put("phone", 0.30);
        d.put("visit", 0.30);
        d.put("email", 0.20);
        d.put("website", 0.15);
        d.put("chat", 0.05);
        return java.util.Collections.unmodifiableMap(d);
    }

    @Id
    @Column(name = "client_id")
    private long clientId;
    private double phone;
    private double visit;
    private double email;
    private double website;
    private double chat;
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected IndexWeights() {
    }

    public IndexWeights(long clientId, Map<String, Double> weights, Instant at) {
        this.clientId = clientId;
        set(weights, at);
    }

    /** @param weights every channel of {@link #DEFAULTS}, each ≥ 0, not all 0 (checked at the boundary) */
    public void set(Map<String, Double> weights, Instant at) {
        phone = weights.get("phone");
        visit = weights.get("visit");
        email = weights.get("email");
        website = weights.get("website");
        chat = weights.get("chat");
        updatedAt = at.atOffset(ZoneOffset.UTC);
    }

    public Map<String, Double> weights() {
        Map<String, Double> w = new LinkedHashMap<>();
        w.put("phone", phone);
        w.put("visit", visit);
        w.put("email", email);
        w.put("website", website);
        w.put("chat", chat);
        return w;
    }

    public Instant updatedAt() {
        return updatedAt.toInstant();
    }
}
