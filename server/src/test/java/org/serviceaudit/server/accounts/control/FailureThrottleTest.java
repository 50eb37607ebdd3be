package org.serviceaudit.server.accounts.control;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FailureThrottleTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-11-22T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final FailureThrottle throttle = new FailureThrottle(5, Duration.ofSeconds(60), clock);

    @Test
    void blocksAfterTheLimitUntilTheOldestFailureLeavesTheWindow() {
        for (int i = 0; i < 4; i++) {
            throttle.fail("anna");
            clock.advance(Duration.ofSeconds(10));
        }
        assertEquals(Optional.empty(), throttle.blockedFor("anna"), "four failures are allowed");
        throttle.fail("anna");
        // Failures at 0, 10, 20, 30, 40 s; now 40 s: the first leaves the window at 60 s.
        assertEquals(Optional.of(Duration.ofSeconds(20)), throttle.blockedFor("anna"));
        clock.advance(Duration.ofSeconds(19));
        assertTrue(throttle.blockedFor("anna").isPresent());
        clock.advance(Duration.ofSeconds(1));
        assertEquals(Optional.empty(), throttle.blockedFor("anna"), "one failure has left the window");
        throttle.fail("anna");
        assertEquals(Optional.of(Duration.ofSeconds(10)), throttle.blockedFor("anna"), "blocked again until the 10 s failure leaves");
    }

    @Test
    void keysAreIndependentAndClearingForgets() {
        for (int i = 0; i < 5; i++) {
            throttle.fail("anna");
        }
        assertTrue(throttle.blockedFor("anna").isPresent());
        assertEquals(Optional.empty(), throttle.blockedFor("boris"));
        throttle.clear("anna");
        assertEquals(Optional.empty(), throttle.blockedFor("anna"));
    }

    @Test
    void aForgivenFailureNoLongerCounts() {
        for (int i = 0; i < 5; i++) {
            throttle.fail("10.0.0.1");
        }
        throttle.forgive("10.0.0.1");
        assertEquals(Optional.empty(), throttle.blockedFor("10.0.0.1"), "four failures remain");
        throttle.forgive("unknown");
    }

    @Test
    void memoryStaysBoundedWhenManyKeysFailOnce() {
        for (int i = 0; i <= FailureThrottle.PRUNE_ABOVE; i++) {
            throttle.fail("key-" + i);
        }
        clock.advance(Duration.ofSeconds(61));
        throttle.fail("one more");
        assertEquals(1, throttle.keys(), "expired keys are dropped");
    }

    @Test
    void aThrottleNeedsALimitAndAWindow() {
        assertThrows(IllegalArgumentException.class, () -> new FailureThrottle(0, Duration.ofSeconds(1), clock));
        assertThrows(IllegalArgumentException.class, () -> new FailureThrottle(1, Duration.ZERO, clock));
    }
}
