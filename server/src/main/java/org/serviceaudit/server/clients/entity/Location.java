package org.serviceaudit.server.clients.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A place of a client where customers are served: a shop, office or call centre. */
@Entity
@Table(name = "location")
public class Location {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "location_seq")
    @SequenceGenerator(name = "location_seq", sequenceName = "location_seq", allocationSize = 50)
    private long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "client_id")
    private Client client;

    @Column(nullable = false)
    private String name;
    private String address;
    @Column(name = "time_zone", nullable = false)
    private String timeZone;
    private String phone;
    private String email;
    private String website;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "location_opening_hours", joinColumns = @JoinColumn(name = "location_id"))
    private List<OpeningHours> openingHours = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Location() {
    }

    public Location(Client client, Details details, Instant createdAt) {
        this.client = client;
        this.createdAt = createdAt.atOffset(ZoneOffset.UTC);
        update(details);
    }

    /** What staff can set on a location; validated at the boundary. */
    public record Details(String name, String address, ZoneId timeZone, List<OpeningHours> openingHours,
                          String phone, String email, String website) {
    }

    public void update(Details details) {
        this.name = details.name();
        this.address = details.address();
        this.timeZone = details.timeZone().getId();
        // Changed in place: EclipseLink tracks changes on the collection it loaded, and a new
        // list assigned to the field would be silently ignored on update.
        this.openingHours.clear();
        this.openingHours.addAll(details.openingHours());
        this.phone = details.phone();
        this.email = details.email();
        this.website = details.website();
    }

    public long id() {
        return id;
    }

    public Client client() {
        return client;
    }

    public String name() {
        return name;
    }

    public Optional<String> address() {
        return Optional.ofNullable(address);
    }

    public ZoneId timeZone() {
        return ZoneId.of(timeZone);
    }

    /** By day of the week, then opening time. */
    public List<OpeningHours> openingHours() {
        return openingHours.stream()
                .sorted(java.util.Comparator.comparing(OpeningHours::day).thenComparing(OpeningHours::opens))
                .toList();
    }

    public Optional<String> phone() {
        return Optional.ofNullable(phone);
    }

    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    public Optional<String> website() {
        return Optional.ofNullable(website);
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }
}
