package org.serviceaudit.server.problems;

import java.util.List;

/**
 * A request the server refuses, with the problem to answer. Thrown from boundary and control
 * code; {@link ApiExceptionMapper} writes it.
 */
public class ApiException extends RuntimeException {

    private final transient Problem problem;

    public ApiException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ApiException badRequest(String detail, List<ProblemError> errors) {
        return new ApiException(new Problem("/problems/bad-request", "Bad request", 400, detail, errors.isEmpty() ? null : errors));
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
}
