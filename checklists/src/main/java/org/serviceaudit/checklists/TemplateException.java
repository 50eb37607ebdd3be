package org.serviceaudit.checklists;

import java.util.List;
import java.util.stream.Collectors;

/** A template file that cannot be used, with every problem found in it. */
public class TemplateException extends Exception {

    private final String source;
    private final List<TemplateProblem> problems;
    private final boolean notJson;

    public TemplateException(String source, List<TemplateProblem> problems) {
        this(source, problems, false);
    }

    TemplateException(String source, List<TemplateProblem> problems, boolean notJson) {
        super(source + ": " + problems.stream().map(TemplateProblem::toString).collect(Collectors.joining("; ")));
        this.source = source;
        this.problems = List.copyOf(problems);
        this.notJson = notJson;
    }

    /** Whether the text was not JSON at all (rather than JSON that is no valid template). */
    public boolean notJson() {
        return notJson;
    }

    /** The file name or other label the template was read from. */
    public String source() {
        return source;
    }

    public List<TemplateProblem> problems() {
        return problems;
    }
}
