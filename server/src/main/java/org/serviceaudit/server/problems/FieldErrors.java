package org.serviceaudit.server.problems;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Collects what is wrong with a request body so one 422 names every field at fault.
 *
 * <pre>{@code
 * FieldErrors errors = new FieldErrors();
 * errors.text("/name", request.name(), 200, true);
 * errors.throwIfAny("the client is not valid");
 * }</pre>
 */
public final class FieldErrors {

    private final List<ProblemError> errors = new ArrayList<>();

    /** A null body is a 400 of its own: there is nothing to point into. */
    public static <T> T requireBody(T body) {
        if (body == null) {
            throw noBody();
        }
        return body;
    }

    /** A body read as text: missing or only white space is the same 400. */
    public static String requireBody(String body) {
        if (body == null || body.isBlank()) {
            throw noBody();
        }
        return body;
    }

    private static ApiException noBody() {
        return ApiException.badRequest("the request needs a JSON body", List.of());
    }

    public FieldErrors add(String pointer, String detail) {
        errors.add(ProblemError.at(pointer, detail));
        return this;
    }

    public FieldErrors add(ProblemError error) {
        errors.add(error);
        return this;
    }

    /** Checks an optional or required text: not blank when given, at most {@code maxLength} characters. */
    public FieldErrors text(String pointer, String value, int maxLength, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                add(pointer, "is required");
            } else if (value != null) {
                add(pointer, "must not be blank; leave it out instead");
            }
        } else if (value.length() > maxLength) {
            add(pointer, "is " + value.length() + " characters long; at most " + maxLength + " are allowed");
        }
        return this;
    }

    public <T> FieldErrors required(String pointer, T value) {
        if (value == null) {
            add(pointer, "is required");
        }
        return this;
    }

    public <T> FieldErrors check(String pointer, T value, Predicate<T> valid, String detail) {
        if (value != null && !valid.test(value)) {
            add(pointer, detail);
        }
        return this;
    }

    /** Checks an optional web address: http or https, with a host. */
    public FieldErrors webAddress(String pointer, String value) {
        return check(pointer, value, FieldErrors::isWebAddress, "must be an http or https address with a host, e.g. https://example.com");
    }

    /** An optional IANA time zone; a bad one is reported here and gives empty. */
    public java.util.Optional<java.time.ZoneId> zone(String pointer, String value) {
        if (value == null || value.isBlank()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(java.time.ZoneId.of(value.strip()));
        } catch (java.time.DateTimeException e) {
            add(pointer, "'" + value + "' is not a time zone; use an IANA name such as Europe/Kyiv");
            return java.util.Optional.empty();
        }
    }

    private static boolean isWebAddress(String value) {
        try {
            java.net.URI uri = new java.net.URI(value.strip());
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    public List<ProblemError> list() {
        return List.copyOf(errors);
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public void throwIfAny(String detail) {
        if (!errors.isEmpty()) {
            throw ApiException.invalid(detail, errors);
        }
    }
}
