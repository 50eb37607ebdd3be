package org.serviceaudit.server.probes.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.serviceaudit.server.clients.entity.Client;
import org.serviceaudit.server.clients.entity.Location;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * A website probe of a client, or of one of its locations when the location has a site of its
 * own: the address, the FAQ topics the client wants covered, when it runs, and the thresholds.
 */
@Entity
@Table(name = "website_probe")
public class WebsiteProbe {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "probe_seq")
    @SequenceGenerator(name = "probe_seq", sequenceName = "probe_seq", allocationSize = 50)
    private long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "client_id")
    private Client client;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "location_id")
    private Location location;
    @Column(nullable = false)
    private String url;
    private String topics;
    private String schedule;
    @Column(name = "time_zone", nullable = false)
    private String timeZone;
    @Column(name = "max_clicks", nullable = false)
    private int maxClicks;
    @Column(name = "findable_clicks", nullable = false)
    private int findableClicks;
    @Column(name = "min_pairs", nullable = false)
    private int minPairs;
    @Column(nullable = false)
    private boolean enabled;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;
    @Version
    @Column(name = "row_version")
    private long version;

    protected WebsiteProbe() {
    }

    public WebsiteProbe(Client client, Definition definition, Instant createdAt) {
        this.client = client;
        this.createdAt = createdAt.atOffset(ZoneOffset.UTC);
        update(definition);
    }

    /**
     * What staff set; validated at the boundary.
     *
     * @param location empty: the client's website
     * @param topics   the client's topics as JSON; empty: the standard's
     * @param schedule a cron expression in {@code timeZone}; empty: by hand only
     */
    public record Definition(Optional<Location> location, String url, Optional<String> topics, Optional<String> schedule, ZoneId timeZone,
                             int maxClicks, int findableClicks, int minPairs, boolean enabled) {
    }

    public void update(Definition d) {
        this.location = d.location().orElse(null);
        this.url = d.url();
        this.topics = d.topics().orElse(null);
        this.schedule = d.schedule().orElse(null);
        this.timeZone = d.timeZone().getId();
        this.maxClicks = d.maxClicks();
        this.findableClicks = d.findableClicks();
        this.minPairs = d.minPairs();
        this.enabled = d.enabled();
    }

    public long id() {
        return id;
    }

    public Client client() {
        return client;
    }

    public Optional<Location> location() {
        return Optional.ofNullable(location);
    }

    public String url() {
        return url;
    }

    public Optional<String> topics() {
        return Optional.ofNullable(topics);
    }

    public Optional<String> schedule() {
        return Optional.ofNullable(schedule);
    }

    public ZoneId timeZone() {
        return ZoneId.of(timeZone);
    }

    public int maxClicks() {
        return maxClicks;
    }

    public int findableClicks() {
        return findableClicks;
    }

    public int minPairs() {
        return minPairs;
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }
}
