package org.serviceaudit.probes.email;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The classification corpus ({@code src/test/resources/email-corpus}, listed with the expected
 * class in {@code expected.csv}): automatic answers of several mail and help-desk systems in
 * four languages, bounces and delay warnings with and without MIME structure, and people's
 * replies, including help-desk agents' answers that carry automatic headers, and broken mail.
 */
class ClassificationCorpusTest {

    record Entry(String file, MessageClass expected, String bounceKind) {
    }

    static List<Entry> corpus() throws Exception {
        try (InputStream in = ClassificationCorpusTest.class.getResourceAsStream("/email-corpus/expected.csv");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split(",", -1))
                    .map(f -> new Entry(f[0], MessageClass.valueOf(f[1].toUpperCase(java.util.Locale.ROOT)), f[2])).toList();
        }
    }

    static MimeMessage message(String file) throws Exception {
        try (InputStream in = ClassificationCorpusTest.class.getResourceAsStream("/email-corpus/" + file)) {
            return Messages.parse(in);
        }
    }

    @Test
    void theCorpusHasAtLeastFortyMessagesOfEveryClass() throws Exception {
        Map<MessageClass, Long> counts = corpus().stream().collect(Collectors.groupingBy(Entry::expected, Collectors.counting()));
        assertTrue(corpus().size() >= 40, "corpus size " + corpus().size());
        assertTrue(counts.values().stream().allMatch(c -> c >= 10), counts::toString);
    }

    @TestFactory
    Stream<DynamicTest> everyMessageGetsItsClassWithoutKnowingTheInquiry() throws Exception {
        return check(m -> Optional.empty());
    }

    @TestFactory
    Stream<DynamicTest> everyMessageGetsItsClassKnowingTheInquiry() throws Exception {
        return check(ClassificationCorpusTest::inquiryOf);
    }

    private Stream<DynamicTest> check(Function<MimeMessage, Optional<Inquiry>> inquiry) throws Exception {
        MessageClassifier classifier = new MessageClassifier();
        return corpus().stream().map(e -> DynamicTest.dynamicTest(e.file(), () -> {
            MimeMessage message = message(e.file());
            Classification c = classifier.classify(message, inquiry.apply(message));
            assertEquals(e.expected(), c.messageClass(), () -> e.file() + ": " + c.evidence());
            if (e.expected() == MessageClass.BOUNCE) {
                assertEquals(e.bounceKind().equals("final"), c.finalBounce(), () -> e.file() + " final? " + c.evidence());
            }
        }));
    }

    /** The inquiry the reply answers, as a run knows it (here recognised from the subject or quote). */
    static Optional<Inquiry> inquiryOf(MimeMessage message) {
        try {
            String subject = message.getSubject() == null ? "" : message.getSubject();
            String quoted = ReplyText.of(MessageText.of(message), Phrases.shipped()).quoted();
            return InquiryBank.shipped().recognise(subject, quoted)
                    .map(q -> InquiryBank.shipped().compose(q, "Anna Petrova", "Anna Petrova", "k3jqx2p4mq7rt5vw6yza"));
        } catch (Exception e) {
            return Optional.empty();
        }
    }
}
