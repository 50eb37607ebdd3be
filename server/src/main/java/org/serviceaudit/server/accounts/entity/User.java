package org.serviceaudit.server.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

/**
 * A person who signs in. The role and, for a manager, the client never change: a different
 * job is a different account, so what an account could see in the past stays clear.
 *
 * <p>The password hash never leaves this class except to {@code Passwords}, which checks it.
 */
@Entity
@Table(name = "app_user")
public class User {

    /** Stored instead of a hash for an account that has no password yet; no password matches it. */
    public static final String NO_PASSWORD = "!";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_seq")
    @SequenceGenerator(name = "user_seq", sequenceName = "user_seq", allocationSize = 50)
    private long id;

    @Column(nullable = false)
    private String username;
    @Column(name = "display_name", nullable = false)
    private String displayName;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;
    @Column(name = "client_id")
    private Long clientId;
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;
    @Column(nullable = false)
    private boolean enabled;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;
    @Column(name = "password_changed_at", nullable = false)
    private OffsetDateTime passwordChangedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected User() {
    }

    /**
     * @param clientId required for a manager, empty for everyone else
     */
    public User(String username, String displayName, Role role, Optional<Long> clientId, String passwordHash, Instant createdAt) {
        if ((role == Role.MANAGER) != clientId.isPresent()) {
            throw new IllegalArgumentException("a manager belongs to exactly one client, and nobody else belongs to one");
        }
        this.username = normalize(username);
        this.displayName = displayName;
        this.role = role;
        this.clientId = clientId.orElse(null);
        this.passwordHash = passwordHash;
        this.enabled = true;
        this.createdAt = createdAt.atOffset(ZoneOffset.UTC);
        this.passwordChangedAt = this.createdAt;
    }

    /** Usernames are compared without regard to case; they are stored lower-case. */
    public static String normalize(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    public void changePassword(String passwordHash, Instant at) {
        this.passwordHash = passwordHash;
        this.passwordChangedAt = at.atOffset(ZoneOffset.UTC);
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    public boolean canSignIn() {
        return enabled && !NO_PASSWORD.equals(passwordHash);
    }

    public long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public Optional<Long> clientId() {
        return Optional.ofNullable(clientId);
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean enabled() {
        return enabled;
    }

    public boolean hasPassword() {
        return !NO_PASSWORD.equals(passwordHash);
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    public Instant passwordChangedAt() {
        return passwordChangedAt.toInstant();
    }
}
