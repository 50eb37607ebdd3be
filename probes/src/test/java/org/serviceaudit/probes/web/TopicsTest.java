package org.serviceaudit.probes.web;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TopicsTest {

    private static FaqExtractor.Pair pair(String question, String answer) {
        return new FaqExtractor.Pair(question, answer, FaqExtractor.Source.DETAILS, false);
    }

    @Test
    void phrasesMatchInflectedWordsInAnyOrderWithinOnePair() {
        Topics topics = Topics.read(new StringReader("""
                {"_comment": "ignored", "delivery": {"ru": ["срок доставк"], "en": ["delivery time"]}}"""));
        assertEquals(List.of(true), covered(topics, List.of(pair("Как быстро доставка?", "Сроки доставки — два дня."))));
        assertEquals(List.of(true), covered(topics, List.of(pair("DELIVERY", "What time? Two days."))));
        assertEquals(List.of(false), covered(topics, List.of(pair("Доставка", "Бесплатно."), pair("Сроки?", "Два дня."))),
                "the words of a phrase must be in one pair");
        assertEquals(List.of(false), covered(topics, List.of(pair("Predelivery?", "Timetable."))), "a word matches at a word's start");
    }

    @Test
    void theStandardTopicsInTheFourLanguages() {
        Topics standard = Topics.standard();
        assertEquals(List.of("documents", "premium", "bulk", "activation"), standard.topics().stream().map(Topics.Topic::name).toList());
        assertEquals(List.of(true, false, true, true), covered(standard, List.of(
                pair("Какие документы нужны?", "Паспорт."), pair("Скидки?", "При большом объёме заказа скидка."),
                pair("Hur aktiverar jag?", "Med nyckeln."))));
        assertEquals(List.of(false, false, false, false), covered(standard, List.of(pair("Оптимальный тариф?", "Любой."))),
                "'оптов' does not take 'оптимальный' for wholesale");
    }

    @Test
    void aBadTopicListSaysWhatIsWrong() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Topics.read(new StringReader("{\"delivery\": {\"en\": [1, 2]}}")));
        assertTrue(e.getMessage().contains("'delivery'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Topics.read(new StringReader("[1]")));
    }

    private static List<Boolean> covered(Topics topics, List<FaqExtractor.Pair> pairs) {
        return topics.coverage(pairs).stream().map(Topics.Coverage::covered).toList();
    }
}
