package org.serviceaudit.server.audits.entity;

import java.util.Set;
import java.util.stream.Collectors;

/** An action the audit's current status does not allow, e.g. approving an audit not yet submitted. */
public class InvalidTransitionException extends RuntimeException {

    public InvalidTransitionException(long auditId, AuditStatus current, String action, Set<AuditStatus> allowedFrom) {
        super("audit " + auditId + " is " + current.code() + "; " + action + " needs it to be "
                + allowedFrom.stream().map(AuditStatus::code).sorted().collect(Collectors.joining(" or ")), null, false, false);
    }
}
