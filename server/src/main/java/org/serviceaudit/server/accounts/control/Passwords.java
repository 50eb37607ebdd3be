package org.serviceaudit.server.accounts.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.serviceaudit.server.accounts.entity.User;

import java.security.SecureRandom;
import java.util.Map;

/**
 * Hashes and checks passwords with Jakarta Security's PBKDF2 ({@code PBKDF2WithHmacSHA512},
 * 32-byte salt and key). The iterations are stored in each hash, so raising the setting
 * applies to new passwords and old hashes still verify.
 */
@ApplicationScoped
public class Passwords {

    private static final char[] RANDOM_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    @Inject
    Pbkdf2PasswordHash pbkdf2;
    /** OWASP's figure for PBKDF2-HMAC-SHA512 (2023); see docs/performance.md for what one sign-in costs. */
    @Inject
    @ConfigProperty(name = "serviceaudit.auth.password-iterations", defaultValue = "210000")
    int iterations;

    private final SecureRandom random = new SecureRandom();
    /** Checked for unknown accounts, so that a wrong username takes as long as a wrong password. */
    private String dummyHash;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        dummyHash = hash(randomPassword());
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    /** Whether the password is the user's; false for an account without a password. */
    public boolean matches(String password, User user) {
        if (!user.hasPassword()) {
            spendTheTimeOfOneCheck(password);
            return false;
        }
        return pbkdf2.verify(password.toCharArray(), user.passwordHash());
    }

    /** Costs what {@link #matches} costs, for a sign-in whose account does not exist. */
    public void spendTheTimeOfOneCheck(String password) {
        pbkdf2.verify(password.toCharArray(), dummyHash);
    }

    /** 20 characters from a 56-letter alphabet without look-alikes: about 116 bits. */
    public String randomPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(RANDOM_ALPHABET[random.nextInt(RANDOM_ALPHABET.length)]);
        }
        return password.toString();
    }
}
