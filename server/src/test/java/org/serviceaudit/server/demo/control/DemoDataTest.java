package org.serviceaudit.server.demo.control;

import org.junit.jupiter.api.Test;
import org.serviceaudit.checklists.Answer;
import org.serviceaudit.checklists.AuditScore;
import org.serviceaudit.checklists.Scoring;
import org.serviceaudit.checklists.ShippedTemplates;
import org.serviceaudit.checklists.Template;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoDataTest {

    @Test
    void demoAnswersAlwaysFitTheShippedTemplatesAndSpreadOverBands() {
        Random random = new Random(1);
        Set<String> bands = new HashSet<>();
        for (Template template : ShippedTemplates.all()) {
            for (int i = 0; i < 200; i++) {
                List<Answer> answers = DemoData.answers(template, random);
                assertEquals(List.of(), template.violations(answers), template.id());
                AuditScore score = new Scoring().score(template, answers);
                bands.add(score.band().code());
            }
        }
        assertTrue(bands.size() >= 3, bands::toString);
    }
}
