package org.serviceaudit.server.accounts.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TokensTest {

    @Test
    void theStoredHashIsTheSha256OfTheToken() {
        // SHA-256("abc"), from FIPS 180-2: what is stored cannot be turned back into the token.
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Tokens.hash("abc"));
    }
}
