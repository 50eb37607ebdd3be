package org.serviceaudit.server.probes.control;

import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecretBoxTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

    @Test
    void sealedSecretsOpenWithTheirKeyOnly() throws Exception {
        SecretBox box = SecretBox.of(KEY);
        String sealed = box.seal("pässwörd-ключ");
        assertTrue(sealed.startsWith("v1:"));
        assertFalse(sealed.contains("pässwörd"));
        assertNotEquals(sealed, box.seal("pässwörd-ключ"), "a fresh nonce each time");
        assertEquals("pässwörd-ключ", box.open(sealed));
        SecretBox.SecretException wrongKey = assertThrows(SecretBox.SecretException.class, () -> SecretBox.of(OTHER_KEY).open(sealed));
        assertTrue(wrongKey.getMessage().contains("another serviceaudit.secret-key"));
        assertThrows(SecretBox.SecretException.class, () -> SecretBox.of("").open(sealed));
    }

    @Test
    void tamperingIsDetected() {
        SecretBox box = SecretBox.of(KEY);
        String sealed = box.seal("secret");
        byte[] raw = Base64.getDecoder().decode(sealed.substring(3));
        raw[raw.length - 1] ^= 1;
        assertThrows(SecretBox.SecretException.class, () -> box.open("v1:" + Base64.getEncoder().encodeToString(raw)));
    }

    @Test
    void withoutAKeySecretsAreMarkedPlainAndSealedOnceOneIsSet() throws Exception {
        String plain = SecretBox.of(null).seal("secret");
        assertEquals("plain:secret", plain);
        assertEquals("secret", SecretBox.of(KEY).open(plain));
        assertTrue(SecretBox.of(KEY).needsSealing(plain));
        assertFalse(SecretBox.of(" ").needsSealing(plain));
    }

    @Test
    void badKeysAreRefusedWithTheReason() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SecretBox.of("not base64!")).getMessage().contains("base64"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SecretBox.of(Base64.getEncoder().encodeToString(new byte[10])))
                .getMessage().contains("16, 24 or 32 bytes"));
    }
}
