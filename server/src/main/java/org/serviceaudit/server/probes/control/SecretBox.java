package org.serviceaudit.server.probes.control;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Seals the secrets the server must be able to use again (probe mailbox passwords) with
 * AES-GCM under the key in {@code serviceaudit.secret-key}. Without a key they are stored
 * marked as plain, and sealed the next time the server starts with one. The key never
 * leaves the configuration; losing it means entering the passwords again.
 *
 * <p>Formats: {@code v1:} + base64(12-byte nonce ‖ cipher text ‖ 16-byte tag), or {@code plain:} + the secret.
 */
public final class SecretBox {

    private static final String SEALED = "v1:";
    private static final String PLAIN = "plain:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    // Binds a sealed value to its use, so it cannot be moved into another kind of field.
    private static final byte[] PURPOSE = "serviceaudit probe mailbox password".getBytes(StandardCharsets.UTF_8);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Optional<SecretKeySpec> key;

    private SecretBox(Optional<SecretKeySpec> key) {
        this.key = key;
    }

    /**
     * @param base64Key a base64 AES key of 16, 24 or 32 bytes (e.g. {@code openssl rand -base64 32}); blank for none
     * @throws IllegalArgumentException the key is not such a value
     */
    public static SecretBox of(String base64Key) {
        if (base64Key == null || base64Key.isBlank()) {
            return new SecretBox(Optional.empty());
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64Key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("serviceaudit.secret-key is not base64", e);
        }
        if (bytes.length != 16 && bytes.length != 24 && bytes.length != 32) {
            throw new IllegalArgumentException("serviceaudit.secret-key must be 16, 24 or 32 bytes (base64), not " + bytes.length);
        }
        return new SecretBox(Optional.of(new SecretKeySpec(bytes, "AES")));
    }

    public boolean hasKey() {
        return key.isPresent();
    }

    public String seal(String secret) {
        if (key.isEmpty()) {
            return PLAIN + secret;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key.get(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(PURPOSE);
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return SEALED + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /**
     * @throws SecretException the value is sealed and there is no key, or another key sealed it
     */
    public String open(String stored) throws SecretException {
        if (stored.startsWith(PLAIN)) {
            return stored.substring(PLAIN.length());
        }
        if (!stored.startsWith(SEALED)) {
            throw new SecretException("the stored secret has an unknown format");
        }
        if (key.isEmpty()) {
            throw new SecretException("the password is encrypted, but serviceaudit.secret-key is not set; set the key it was sealed with");
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(SEALED.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key.get(), new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(PURPOSE);
            return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException | IllegalArgumentException e) {
            throw new SecretException("the password was encrypted with another serviceaudit.secret-key; set that key or enter the password again");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /** Whether a stored value should be sealed again now that a key is configured. */
    public boolean needsSealing(String stored) {
        return key.isPresent() && stored.startsWith(PLAIN);
    }

    public static final class SecretException extends Exception {
        public SecretException(String message) {
            super(message);
        }
    }
}
