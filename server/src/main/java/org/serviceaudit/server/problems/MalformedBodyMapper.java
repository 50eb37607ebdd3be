package org.serviceaudit.server.problems;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;

/**
 * A body that is not JSON, or JSON that does not fit the expected shape (an object where a
 * text belongs, a date that is no ISO-8601 instant). JSON-B reports these wrapped in a
 * {@link ProcessingException}; JSON-P as a {@link JsonException}.
 */
public final class MalformedBodyMapper {

    private MalformedBodyMapper() {
    }

    static Response problem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof WebApplicationException refused) {
                // e.g. BodySizeLimit stopping a body while the JSON reader consumed it
                return Problem.ofStatus(refused.getResponse().getStatus(), refused.getMessage()).toResponse();
            }
        }
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause
                && (cause instanceof ProcessingException || cause.getMessage() == null)) {
            cause = cause.getCause();
        }
        String reason = cause.getMessage() == null ? "" : ": " + firstLine(cause.getMessage());
        return ApiException.badRequest("the body is not valid JSON of the expected shape" + reason, List.of()).problem().toResponse();
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    @Provider
    public static class Processing implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return problem(e);
        }
    }

    @Provider
    public static class Jsonb implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return problem(e);
        }
    }

    @Provider
    public static class JsonP implements ExceptionMapper<JsonException> {
        @Override
        public Response toResponse(JsonException e) {
            return problem(e);
        }
    }
}
