package org.serviceaudit.probes.email;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReplyGraderTest {

    private static Map<String, Check> grade(String file, String question, String customer) throws Exception {
        String[] q = question.split("/");
        Inquiry inquiry = InquiryBank.shipped().compose(InquiryBank.shipped().question(q[0], q[1]).orElseThrow(), customer, customer,
                "k3jqx2p4mq7rt5vw6yza");
        ReplyAssessment a = ReplyAssessment.of(ClassificationCorpusTest.message(file), Optional.of(inquiry), Optional.empty(),
                Phrases.shipped());
        assertEquals(MessageClass.HUMAN, a.classification().messageClass(), file);
        return a.checks();
    }

    @Test
    void aGoodReplyPassesEveryCheck() throws Exception {
        Map<String, Check> checks = grade("human-en-documents.eml", "en/documents", "Anna Petrova");
        assertTrue(checks.values().stream().allMatch(Check::pass), checks::toString);
        assertEquals("signed Sofia Martin", checks.get(ReplyGrader.SIGNED_BY_PERSON).evidence());
        assertEquals("addresses the customer as 'Anna'", checks.get(ReplyGrader.USES_NAME).evidence());
        assertEquals(1.0, ReplyGrader.score(checks));
    }

    @Test
    void negativeLanguageAndRiskyPromisesAreFoundWithTheirWords() throws Exception {
        Map<String, Check> negative = grade("human-en-negative.eml", "en/documents", "Anna Petrova");
        assertFalse(negative.get(ReplyGrader.NO_NEGATIVE_LANGUAGE).pass());
        assertTrue(negative.get(ReplyGrader.NO_NEGATIVE_LANGUAGE).evidence().contains("'I don't know'"), negative::toString);
        assertFalse(negative.get(ReplyGrader.USES_NAME).pass());
        assertFalse(negative.get(ReplyGrader.SIGNED_BY_PERSON).pass(), "a first name alone is not a signature by a person");

        Map<String, Check> promise = grade("human-en-promise.eml", "en/bulk", "Anna Petrova");
        assertFalse(promise.get(ReplyGrader.NO_RISKY_PROMISES).pass());
        assertTrue(promise.get(ReplyGrader.NO_RISKY_PROMISES).evidence().contains("'I promise'"), promise::toString);
        assertTrue(promise.get(ReplyGrader.ANSWERS_QUESTION).pass(), promise::toString);

        Map<String, Check> russian = grade("human-ru-negative.eml", "ru/documents", "Анна Петрова");
        assertFalse(russian.get(ReplyGrader.NO_NEGATIVE_LANGUAGE).pass(), russian::toString);
        assertFalse(russian.get(ReplyGrader.SIGNED_BY_PERSON).pass(), "signed by a department");
    }

    @Test
    void phrasesInTheQuotedOriginalAreNotHeldAgainstTheReply() throws Exception {
        for (String file : new String[]{"human-en-quoted-negative.eml", "human-html-gmail-quote.eml", "human-outlook-quote.eml"}) {
            String question = file.contains("gmail") ? "en/premium" : file.contains("outlook") ? "en/bulk" : "en/documents";
            Map<String, Check> checks = grade(file, question, "Anna Petrova");
            assertTrue(checks.get(ReplyGrader.NO_NEGATIVE_LANGUAGE).pass(), () -> file + " " + checks);
            assertTrue(checks.get(ReplyGrader.NO_RISKY_PROMISES).pass(), () -> file + " " + checks);
            assertTrue(checks.get(ReplyGrader.ANSWERS_QUESTION).pass(), () -> file + " " + checks);
        }
    }

    @Test
    void namesAreFoundInTheirInflectedFormsInEveryLanguage() throws Exception {
        assertTrue(grade("human-ru-documents.eml", "ru/documents", "Анна Петрова").values().stream().allMatch(Check::pass));
        Map<String, Check> ukrainian = grade("human-uk-bulk.eml", "uk/bulk", "Анна Петренко");
        assertEquals("addresses the customer as 'Анно'", ukrainian.get(ReplyGrader.USES_NAME).evidence(), "the vocative case");
        assertTrue(ukrainian.values().stream().allMatch(Check::pass), ukrainian::toString);
        assertTrue(grade("human-sv-premium.eml", "sv/premium", "Anna Lindqvist").values().stream().allMatch(Check::pass));
        assertTrue(grade("human-sv-documents.eml", "sv/documents", "Anna Lindqvist").values().stream().allMatch(Check::pass));
    }

    @Test
    void aTeamSignatureIsNotAPerson() throws Exception {
        Map<String, Check> checks = grade("human-en-team-signature.eml", "en/premium", "Anna Petrova");
        assertFalse(checks.get(ReplyGrader.SIGNED_BY_PERSON).pass());
        assertTrue(checks.get(ReplyGrader.SIGNED_BY_PERSON).evidence().contains("Customer Service Team"), checks::toString);
        assertEquals(0.8, ReplyGrader.score(checks), 1e-9, "four of five checks");
    }

    @Test
    void anAnswerAboutSomethingElseDoesNotAnswerTheQuestion() throws Exception {
        Map<String, Check> checks = grade("human-sv-premium.eml", "sv/documents", "Anna Lindqvist");
        assertFalse(checks.get(ReplyGrader.ANSWERS_QUESTION).pass(), checks::toString);
    }
}
