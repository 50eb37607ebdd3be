package org.serviceaudit.probes.email;

/**
 * One graded property of a reply.
 *
 * @param evidence what was found (or looked for and not found), for a person to verify
 */
public record Check(boolean pass, String evidence) {
}
