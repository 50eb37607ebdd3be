package org.serviceaudit.server.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A signed-in session. Only the SHA-256 of the bearer token is stored: whoever reads the
 * database cannot sign in with what they read. Deleting the row revokes the token.
 */
@Entity
@Table(name = "session_token")
public class SessionToken {

    @Id
    @Column(name = "token_hash")
    private String tokenHash;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id")
    private User user;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;
    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    protected SessionToken() {
    }

    public SessionToken(String tokenHash, User user, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.user = user;
        this.createdAt = createdAt.atOffset(ZoneOffset.UTC);
        this.expiresAt = expiresAt.atOffset(ZoneOffset.UTC);
    }

    public User user() {
        return user;
    }

    public boolean validAt(Instant now) {
        return now.isBefore(expiresAt.toInstant()) && user.enabled();
    }

    public Instant expiresAt() {
        return expiresAt.toInstant();
    }

    public String tokenHash() {
        return tokenHash;
    }
}
