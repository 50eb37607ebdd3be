package org.serviceaudit.checklists;

/**
 * One thing wrong with a template file.
 *
 * @param path    where, as a JSON path such as {@code $.sections[0].items[2].kind}
 * @param message what is wrong there
 */
public record TemplateProblem(String path, String message) {

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
