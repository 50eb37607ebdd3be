package org.serviceaudit.server.problems;

import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * The body of an error response (RFC 9457). {@code null} members are left out of the JSON.
 *
 * @param type   a URI reference naming the kind of problem, documented in {@code docs/api.md}
 * @param errors for validation problems, each field, parameter or item at fault
 */
public record Problem(String type, String title, int status, String detail, List<ProblemError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A plain HTTP error ({@code about:blank}) titled with the status's reason phrase. */
    public static Problem ofStatus(int status, String detail) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return new Problem("about:blank", known == null ? "Client error" : known.getReasonPhrase(), status, detail, null);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
