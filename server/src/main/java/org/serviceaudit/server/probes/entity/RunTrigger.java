package org.serviceaudit.server.probes.entity;

/** What started a probe run: its schedule, or a person ("run now"). */
public enum RunTrigger {
    SCHEDULE, MANUAL
}
