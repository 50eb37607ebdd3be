package org.serviceaudit.server.audits.control;

import org.serviceaudit.checklists.Answer;
import org.serviceaudit.server.problems.ProblemError;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A submission body whose envelope is right, not yet checked against the template.
 *
 * @param answers       the well-formed answers, in the order received
 * @param indexes       for each of {@code answers}, its index in the body (for JSON pointers)
 * @param shapeErrors   answers that were malformed (no item, no value, a value of no JSON
 *                      type an answer can have); reported together with the template's verdict
 * @param malformedItems the items those malformed answers named, so they are not also
 *                      reported as missing
 * @param contentHash   SHA-256 of the answers in a canonical form (their order does not
 *                      matter), so a retry is told from different content under the same id
 */
public record ParsedSubmission(UUID id, List<Answer> answers, List<Integer> indexes, List<ProblemError> shapeErrors,
                               Set<String> malformedItems, String contentHash) {

    public ParsedSubmission {
        answers = List.copyOf(answers);
        indexes = List.copyOf(indexes);
        shapeErrors = List.copyOf(shapeErrors);
        malformedItems = Set.copyOf(malformedItems);
    }

    /** A submission built in code (demo data, tests), with nothing malformed. */
    public static ParsedSubmission of(UUID id, List<Answer> answers) {
        return new ParsedSubmission(id, answers, java.util.stream.IntStream.range(0, answers.size()).boxed().toList(),
                List.of(), Set.of(), SubmissionParser.hash(answers));
    }
}
