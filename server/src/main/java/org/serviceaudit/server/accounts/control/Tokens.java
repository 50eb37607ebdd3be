package org.serviceaudit.server.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.serviceaudit.server.accounts.entity.SessionToken;
import org.serviceaudit.server.accounts.entity.User;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Bearer tokens: 32 random bytes from {@link SecureRandom}, given to the client once and
 * stored only as their SHA-256. A token is valid until it expires, is revoked (sign-out,
 * password change or reset) or its user is disabled; every request checks the database, so
 * revocation takes effect at once, on every server of a cluster.
 */
@ApplicationScoped
public class Tokens {

    /** 32 bytes, URL-safe base64 without padding. */
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    /** Long enough for a tablet to work offline for days between sign-ins. */
    @Inject
    @ConfigProperty(name = "serviceaudit.auth.token-lifetime-days", defaultValue = "30")
    int lifetimeDays;

    private final SecureRandom random = new SecureRandom();

    public record Issued(String token, Instant expiresAt) {
    }

    /** A new token for the user; also forgets the user's expired ones. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Issued issue(User user) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Instant expires = now.plus(Duration.ofDays(lifetimeDays));
        em.createQuery("delete from SessionToken t where t.user = :user and t.expiresAt <= :now")
                .setParameter("user", user).setParameter("now", now.atOffset(ZoneOffset.UTC)).executeUpdate();
        em.persist(new SessionToken(hash(token), user, now, expires));
        return new Issued(token, expires);
    }

    /** The caller a token stands for, if it is still valid. */
    @Transactional
    public Optional<Caller> resolve(String token) {
        if (!FORMAT.matcher(token).matches()) {
            return Optional.empty();
        }
        String hash = hash(token);
        return em.createQuery("select t from SessionToken t join fetch t.user where t.tokenHash = :hash", SessionToken.class)
                .setParameter("hash", hash).getResultStream().findFirst()
                .filter(t -> t.validAt(clock.instant()))
                .map(t -> Caller.of(t.user(), hash));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void revoke(String tokenHash) {
        em.createQuery("delete from SessionToken t where t.tokenHash = :hash").setParameter("hash", tokenHash).executeUpdate();
    }

    /** Revokes every token of the user but the one given (the session that changed the password keeps working). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int revokeAllBut(User user, String keep) {
        return em.createQuery("delete from SessionToken t where t.user = :user and t.tokenHash <> :keep")
                .setParameter("user", user).setParameter("keep", keep).executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public int revokeAll(User user) {
        return em.createQuery("delete from SessionToken t where t.user = :user").setParameter("user", user).executeUpdate();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
