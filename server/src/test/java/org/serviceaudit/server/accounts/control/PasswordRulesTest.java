package org.serviceaudit.server.accounts.control;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordRulesTest {

    @Test
    void aLongPassphraseInAnyScriptIsAccepted() {
        assertEquals(List.of(), PasswordRules.problems("correct horse battery staple", "anna"));
        assertEquals(List.of(), PasswordRules.problems("Ёжик в тумане 1975", "anna"));
        assertEquals(List.of(), PasswordRules.problems("Vanliga frågor är bra", "anna"));
    }

    @Test
    void eachBrokenRuleIsNamed() {
        assertEquals(List.of("must be at least 12 characters long; it has 5"), PasswordRules.problems("Ab3$x", "anna"));
        assertEquals(List.of("must not contain the username"), PasswordRules.problems("my name is Anna-Maria", "anna"));
        assertEquals(List.of("must use at least 4 different characters"), PasswordRules.problems("abcabcabcabcabc", "anna"));
        assertEquals(List.of("is one of the most common passwords; choose another"), PasswordRules.problems("Password1234", "anna"));
        assertEquals(List.of("is one of the most common passwords; choose another"), PasswordRules.problems("пароль123456", "anna"));
        List<String> tooLong = PasswordRules.problems("x".repeat(100) + "abcdefghijklmnopqrstuvwxyz0123456789", "anna");
        assertEquals(List.of("must be at most 128 characters long; it has 136"), tooLong);
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
        // Eleven emoji are 22 UTF-16 units but 11 characters: too short.
        String emoji = "😀😁😂🤣😃😄😅😆😉😊😋";
        assertTrue(PasswordRules.problems(emoji, "anna").contains("must be at least 12 characters long; it has 11"));
    }
}
