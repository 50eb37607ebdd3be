package org.serviceaudit.server.problems;

/**
 * One thing at fault in a request. Exactly one of the locators is set.
 *
 * @param pointer   a JSON pointer into the request body, e.g. {@code /answers/3/value}
 * @param parameter a query or path parameter, e.g. {@code size}
 * @param item      for answers, the checklist item concerned (set together with the pointer)
 * @param detail    what is wrong
 */
public record ProblemError(String pointer, String parameter, String item, String detail) {

    public static ProblemError at(String pointer, String detail) {
        return new ProblemError(pointer, null, null, detail);
    }

    public static ProblemError parameter(String name, String detail) {
        return new ProblemError(null, name, null, detail);
    }

    public static ProblemError item(String pointer, String itemId, String detail) {
        return new ProblemError(pointer, null, itemId, detail);
    }
}
