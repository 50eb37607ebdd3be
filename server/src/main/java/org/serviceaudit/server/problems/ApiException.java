package org.serviceaudit.server.problems;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request the server refuses, with the problem to answer. Thrown from boundary and control
 * code (also from JAX-RS filters); {@link ApiExceptionMapper} writes it.
 */
public class ApiException extends RuntimeException {

    private final transient Problem problem;
    private final Map<String, String> headers;

    public ApiException(Problem problem) {
        this(problem, Map.of());
    }

    private ApiException(Problem problem, Map<String, String> headers) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
        this.headers = headers;
    }

    public Problem problem() {
        return problem;
    }

    /** Response headers that belong to the problem, such as {@code WWW-Authenticate} or {@code Retry-After}. */
    public Map<String, String> headers() {
        return headers;
    }

    public ApiException withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiException(problem, Map.copyOf(more));
    }

    public static ApiException badRequest(String detail, List<ProblemError> errors) {
        return new ApiException(new Problem("/problems/bad-request", "Bad request", 400, detail, errors.isEmpty() ? null : errors));
    }

    /** No valid sign-in; the challenge tells the client to send a bearer token. */
    public static ApiException unauthorized(String type, String detail, String challenge) {
        return new ApiException(new Problem("/problems/" + type, "Unauthorized", 401, detail, null))
                .withHeader("WWW-Authenticate", challenge);
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(new Problem("/problems/forbidden", "Forbidden", 403, detail, null));
    }

    public static ApiException notFound(String what, Object id) {
        return new ApiException(new Problem("/problems/not-found", "Not found", 404, what + " " + id + " does not exist", null));
    }

    public static ApiException conflict(String type, String detail) {
        return new ApiException(new Problem("/problems/" + type, "Conflict", 409, detail, null));
    }

    public static ApiException invalid(String detail, List<ProblemError> errors) {
        return new ApiException(new Problem("/problems/validation", "Invalid request", 422, detail, errors));
    }

    public static ApiException tooLarge(String detail) {
        return new ApiException(new Problem("/problems/too-large", "Payload too large", 413, detail, null));
    }

    /** Retry-After in whole seconds, rounded up so a client that waits exactly that long is let in. */
    public static ApiException tooManyRequests(String detail, Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        return new ApiException(new Problem("/problems/too-many-attempts", "Too many requests", 429,
                detail + "; try again in " + seconds + " s", null)).withHeader("Retry-After", Long.toString(seconds));
    }
}
