package org.serviceaudit.server.audits.entity;

import org.junit.jupiter.api.Test;
import org.serviceaudit.checklists.Band;
import org.serviceaudit.server.accounts.entity.Role;
import org.serviceaudit.server.accounts.entity.User;

import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditTest {

    private static final Instant T0 = Instant.parse("2026-11-01T09:00:00Z");

    private static User user(String name, Role role) {
        return new User(name, name, role, role == Role.MANAGER ? Optional.of(1L) : Optional.empty(), User.NO_PASSWORD, T0);
    }

    private static Audit assigned() {
        return new Audit(null, "phone-etiquette", 1, user("anna", Role.AUDITOR), T0, T0.plusSeconds(86_400), T0);
    }

    @Test
    void fullLifecycleWithAReturn() {
        Audit audit = assigned();
        assertEquals(AuditStatus.ASSIGNED, audit.status());
        audit.submit("s1", 0.7, Band.VULNERABLE, T0.plusSeconds(60));
        audit.returnToAuditor("rita", "Add the department", T0.plusSeconds(120));
        assertEquals(AuditStatus.RETURNED, audit.status());
        assertEquals("Add the department", audit.reviewComment().orElseThrow());
        audit.submit("s2", 0.95, Band.SECURE, T0.plusSeconds(180));
        assertEquals("s2", audit.submissionId().orElseThrow());
        assertEquals("secure", audit.band().orElseThrow());
        audit.approve("rita", null, T0.plusSeconds(240));
        audit.publish("rita", T0.plusSeconds(300));
        assertEquals(AuditStatus.PUBLISHED, audit.status());
        assertEquals(T0.plusSeconds(300), audit.publishedAt().orElseThrow());
    }

    @Test
    void everyTransitionChecksTheStatus() {
        Audit audit = assigned();
        assertThrows(InvalidTransitionException.class, () -> audit.approve("r", null, T0));
        assertThrows(InvalidTransitionException.class, () -> audit.returnToAuditor("r", "why", T0));
        assertThrows(InvalidTransitionException.class, () -> audit.publish("r", T0));
        audit.submit("s1", 1.0, Band.SECURE, T0);
        InvalidTransitionException twice = assertThrows(InvalidTransitionException.class, () -> audit.submit("s2", 1.0, Band.SECURE, T0));
        assertTrue(twice.getMessage().contains("is submitted; submit needs it to be assigned or returned"), twice.getMessage());
        assertThrows(InvalidTransitionException.class, () -> audit.publish("r", T0));
        audit.approve("r", null, T0);
        assertThrows(InvalidTransitionException.class, () -> audit.submit("s3", 1.0, Band.SECURE, T0));
        assertThrows(InvalidTransitionException.class, () -> audit.returnToAuditor("r", "late", T0));
        audit.publish("r", T0);
        assertThrows(InvalidTransitionException.class, () -> audit.publish("r", T0));
        assertEquals("s1", audit.submissionId().orElseThrow());
    }

    @Test
    void returnNeedsACommentAndTheWindowMustBeForwards() {
        Audit audit = assigned();
        audit.submit("s1", 1.0, Band.SECURE, T0);
        assertThrows(IllegalArgumentException.class, () -> audit.returnToAuditor("r", " ", T0));
        assertEquals(AuditStatus.SUBMITTED, audit.status());
        assertThrows(IllegalArgumentException.class, () -> new Audit(null, "t", 1, user("a", Role.AUDITOR), T0, T0, T0));
    }

    @Test
    void onlyAnAuditorGetsAnAuditAndOnlyWhileItIsTheirsToFill() {
        assertThrows(IllegalArgumentException.class, () -> new Audit(null, "t", 1, user("boss", Role.ADMIN), T0, T0.plusSeconds(1), T0));
        Audit audit = assigned();
        audit.reassign(user("boris", Role.AUDITOR));
        assertEquals("boris", audit.auditor().username());
        assertThrows(IllegalArgumentException.class, () -> audit.reassign(user("mia", Role.MANAGER)));
        audit.submit("s1", 1.0, Band.SECURE, T0);
        assertThrows(InvalidTransitionException.class, () -> audit.reassign(user("anna", Role.AUDITOR)));
        audit.returnToAuditor("r", "fix it", T0);
        audit.reassign(user("anna", Role.AUDITOR));
        assertEquals("anna", audit.auditor().username());
    }
}
