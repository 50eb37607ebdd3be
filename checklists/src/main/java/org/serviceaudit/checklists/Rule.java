package org.serviceaudit.checklists;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The measurable pass condition of an item, one type per {@link ItemKind}.
 *
 * <p>{@link #check} says why a response does not fit the item (wrong shape, out of range);
 * {@link #score} and {@link #passes} are only asked of responses that fit.
 */
public sealed interface Rule {

    ItemKind kind();

    /** Why the response cannot be an answer to this item, or empty when it can. */
    Optional<String> check(Response response);

    /** The item score in [0, 1]; evidence items are never scored. */
    double score(Response response);

    boolean passes(Response response);

    /** Yes passes and scores 1; no fails and scores 0. Items are phrased so that yes is good. */
    record YesNo() implements Rule {
        @Override
        public ItemKind kind() {
            return ItemKind.YES_NO;
        }

        @Override
        public Optional<String> check(Response response) {
            return response instanceof Response.Flag ? Optional.empty()
                    : Optional.of("expects true or false, got " + response.describe());
        }

        @Override
        public double score(Response response) {
            return ((Response.Flag) response).value() ? 1 : 0;
        }

        @Override
        public boolean passes(Response response) {
            return ((Response.Flag) response).value();
        }
    }

    /**
     * A 1–5 scale whose every point has an anchored meaning; scores {@code (value - 1) / 4}.
     *
     * @param passAtLeast the lowest point that passes (default 4)
     */
    record Scale(Map<Integer, LocalizedText> points, int passAtLeast) implements Rule {
        public static final int LOWEST = 1;
        public static final int HIGHEST = 5;

        public Scale {
            points = Map.copyOf(points);
        }

        @Override
        public ItemKind kind() {
            return ItemKind.SCALE;
        }

        @Override
        public Optional<String> check(Response response) {
            return wholeNumber(response).filter(v -> v >= LOWEST && v <= HIGHEST).isPresent() ? Optional.empty()
                    : Optional.of("expects a whole number from 1 to 5, got " + response.describe());
        }

        @Override
        public double score(Response response) {
            return (wholeNumber(response).orElseThrow() - LOWEST) / (double) (HIGHEST - LOWEST);
        }

        @Override
        public boolean passes(Response response) {
            return wholeNumber(response).orElseThrow() >= passAtLeast;
        }
    }

    /**
     * A counted number, e.g. rings until answered. Exactly one of the bounds is set.
     *
     * @param passAtMost  passes when the count is at most this, or {@code null}
     * @param passAtLeast passes when the count is at least this, or {@code null}
     * @param max         the largest count accepted as an answer
     */
    record Count(Integer passAtMost, Integer passAtLeast, int max) implements Rule {
        @Override
        public ItemKind kind() {
            return ItemKind.COUNT;
        }

        @Override
        public Optional<String> check(Response response) {
            return wholeNumber(response).filter(v -> v >= 0 && v <= max).isPresent() ? Optional.empty()
                    : Optional.of("expects a whole number from 0 to " + max + ", got " + response.describe());
        }

        @Override
        public double score(Response response) {
            return passes(response) ? 1 : 0;
        }

        @Override
        public boolean passes(Response response) {
            long value = wholeNumber(response).orElseThrow();
            return passAtMost != null ? value <= passAtMost : value >= passAtLeast;
        }
    }

    /**
     * A measured time in seconds, e.g. until a person from sales is reached.
     *
     * @param passAtMostSeconds passes when the time is at most this many seconds
     * @param maxSeconds        the longest time accepted as an answer
     */
    record Duration(BigDecimal passAtMostSeconds, BigDecimal maxSeconds) implements Rule {
        @Override
        public ItemKind kind() {
            return ItemKind.DURATION;
        }

        @Override
        public Optional<String> check(Response response) {
            if (response instanceof Response.Number n && n.value().signum() >= 0 && n.value().compareTo(maxSeconds) <= 0) {
                return Optional.empty();
            }
            return Optional.of("expects seconds from 0 to " + maxSeconds.toPlainString() + ", got " + response.describe());
        }

        @Override
        public double score(Response response) {
            return passes(response) ? 1 : 0;
        }

        @Override
        public boolean passes(Response response) {
            return ((Response.Number) response).value().compareTo(passAtMostSeconds) <= 0;
        }
    }

    /** One option out of several, each worth points. */
    record Choice(List<Option> options) implements Rule {
        public Choice {
            options = List.copyOf(options);
        }

        @Override
        public ItemKind kind() {
            return ItemKind.CHOICE;
        }

        @Override
        public Optional<String> check(Response response) {
            return chosen(response).isPresent() ? Optional.empty()
                    : Optional.of("expects one of " + options.stream().map(Option::id).collect(Collectors.joining(", "))
                            + ", got " + response.describe());
        }

        @Override
        public double score(Response response) {
            BigDecimal best = options.stream().map(Option::points).max(BigDecimal::compareTo).orElseThrow();
            return chosen(response).orElseThrow().points().divide(best, MathContext.DECIMAL64).doubleValue();
        }

        @Override
        public boolean passes(Response response) {
            return chosen(response).orElseThrow().passes();
        }

        private Optional<Option> chosen(Response response) {
            return response instanceof Response.Text t
                    ? options.stream().filter(o -> o.id().equals(t.value())).findFirst()
                    : Optional.empty();
        }
    }

    /**
     * Free text or a photo reference: evidence, never scored.
     *
     * @param maxLength the longest text accepted, in characters
     */
    record Evidence(ItemKind kind, int maxLength) implements Rule {
        @Override
        public Optional<String> check(Response response) {
            if (!(response instanceof Response.Text t)) {
                return Optional.of("expects " + (kind == ItemKind.PHOTO ? "a photo reference" : "text") + ", got " + response.describe());
            }
            return t.value().length() <= maxLength ? Optional.empty()
                    : Optional.of("is " + t.value().length() + " characters long; at most " + maxLength + " are accepted");
        }

        @Override
        public double score(Response response) {
            throw new UnsupportedOperationException("evidence is not scored");
        }

        @Override
        public boolean passes(Response response) {
            throw new UnsupportedOperationException("evidence is not scored");
        }
    }

    private static Optional<Long> wholeNumber(Response response) {
        if (response instanceof Response.Number n) {
            try {
                return Optional.of(n.value().longValueExact());
            } catch (ArithmeticException notWhole) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
