package org.serviceaudit.checklists;

import java.util.List;
import java.util.stream.Collectors;

/** A template file that cannot be used, with every problem found in it. */
public class TemplateException extends Exception {

    private final String source;
    private final List<TemplateProblem> problems;

    public TemplateException(String source, List<TemplateProblem> problems) {
        super(source + ": " + problems.stream().map(TemplateProblem::toString).collect(Collectors.joining("; ")));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    /** The file name or other label the template was read from. */
    public String source() {
        return source;
    }

    public List<TemplateProblem> problems() {
        return problems;
    }
}
