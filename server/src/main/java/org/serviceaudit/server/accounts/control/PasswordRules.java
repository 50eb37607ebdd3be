package org.serviceaudit.server.accounts.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a new password must be, after NIST SP 800-63B: long enough, not a known common
 * password, not the username; no rules about character classes, which make passwords harder
 * to remember and no harder to guess. Any character is allowed, so a passphrase in Cyrillic is
 * as good as one in Latin letters.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    /** PBKDF2 hashes whatever it gets: an upper bound keeps one sign-in from costing much more than another. */
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = load();

    private PasswordRules() {
    }

    /** Each rule the password breaks, as a sentence for the user; empty when it is acceptable. */
    public static List<String> problems(String password, String username) {
        List<String> problems = new ArrayList<>();
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            problems.add("must be at least " + MIN_LENGTH + " characters long; it has " + length);
        }
        if (length > MAX_LENGTH) {
            problems.add("must be at most " + MAX_LENGTH + " characters long; it has " + length);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            problems.add("must not contain the username");
        }
        if (password.codePoints().distinct().count() < 4) {
            problems.add("must use at least 4 different characters");
        }
        if (COMMON.contains(lower)) {
            problems.add("is one of the most common passwords; choose another");
        }
        return problems;
    }

    private static Set<String> load() {
        var in = PasswordRules.class.getResourceAsStream("common-passwords.txt");
        if (in == null) {
            throw new IllegalStateException("common-passwords.txt is missing from the build");
        }
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
