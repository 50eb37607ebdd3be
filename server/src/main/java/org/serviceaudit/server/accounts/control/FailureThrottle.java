package org.serviceaudit.server.accounts.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failures per key (an account, an address) in a sliding window: once a key has
 * {@code limit} failures within the window, it is blocked until the oldest of them leaves the
 * window. Held in memory: a restart forgets, which costs an attacker a restart they cannot cause.
 */
public final class FailureThrottle {

    /** Above this many keys, expired ones are dropped on the next failure, so memory stays bounded. */
    static final int PRUNE_ABOVE = 10_000;

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public FailureThrottle(int limit, Duration window, Clock clock) {
        if (limit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a throttle needs a limit of 1 or more and a positive window");
        }
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** How long the key is still blocked; empty when it may try now. */
    public Optional<Duration> blockedFor(String key) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        synchronized (times) {
            dropExpired(times, now);
            if (times.size() < limit) {
                return Optional.empty();
            }
            // At most `limit` are kept: the key is free again when the oldest leaves the window.
            return Optional.of(Duration.between(now, times.peekFirst().plus(window)));
        }
    }

    public void fail(String key) {
        Instant now = clock.instant();
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            dropExpired(times, now);
            times.addLast(now);
            while (times.size() > limit) {
                times.removeFirst();
            }
        }
        if (failures.size() > PRUNE_ABOVE) {
            prune(now);
        }
    }

    /** Takes back the newest failure of the key (an attempt counted in advance that succeeded). */
    public void forgive(String key) {
        Deque<Instant> times = failures.get(key);
        if (times != null) {
            synchronized (times) {
                times.pollLast();
            }
        }
    }

    public void clear(String key) {
        failures.remove(key);
    }

    int keys() {
        return failures.size();
    }

    private void prune(Instant now) {
        failures.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                dropExpired(e.getValue(), now);
                return e.getValue().isEmpty();
            }
        });
    }

    private void dropExpired(Deque<Instant> times, Instant now) {
        Instant cutoff = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
            times.removeFirst();
        }
    }
}
