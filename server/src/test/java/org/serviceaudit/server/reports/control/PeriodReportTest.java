package org.serviceaudit.server.reports.control;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.serviceaudit.checklists.Language;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The period report: PDF/A-3b in every language, its figures as real text (charts included), hostile text drawn safely. */
class PeriodReportTest {

    private static final Instant T = Instant.parse("2027-01-03T08:00:00Z");

    private static byte[] render(Language language, List<String> stages) throws Exception {
        return PeriodReport.render(ReportFixture.facts(12, "Ромашка «Север» ÅÄÖ", PdfChecks.HOSTILE), language, T,
                (done, stage) -> stages.add(done + " " + stage));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theReportIsArchivableInEveryLanguage(Language language) throws Exception {
        PdfChecks.assertArchivable(render(language, new ArrayList<>()));
    }

    @Test
    void theFiguresChartsAndCommentsAreRealText() throws Exception {
        List<String> stages = new ArrayList<>();
        byte[] pdf = render(Language.RU, stages);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Отчёт о качестве обслуживания"), text.substring(0, 200));
            assertTrue(text.contains("Ромашка «Север» ÅÄÖ"));
            assertTrue(text.contains("Индекс качества обслуживания 0,78 · Уязвимый"), "index and band, in the reader's number format");
            assertTrue(text.contains("95% доверительный интервал 0,77 – 0,80"));
            assertTrue(text.contains("Изменение с периода 2025 +0,03 (0,75 → 0,78)"));
            assertTrue(text.contains("Готовность помочь"), "the dimension chart's labels are text");
            assertTrue(text.contains("2026-12"), "the trend chart's labels are text");
            assertTrue(text.contains("Медиана времени ответа 3 ч 26 мин"), "12,345 s");
            assertTrue(text.contains("Назвал только компанию. Tab here"), "a comment, its tab drawn as a space");
            assertTrue(text.contains("emoji ?"), "a character the font lacks is replaced");
            assertTrue(text.contains("Приложение: точки"));
            assertTrue(text.contains("Страница 1 / " + document.getNumberOfPages()));
            var files = document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames();
            assertEquals(List.of("service-quality-5-2026.json"), new ArrayList<>(files.keySet()));
            assertEquals("{\"clientId\":5,\"index\":0.7834}", new String(files.get("service-quality-5-2026.json").getEmbeddedFile().toByteArray(),
                    StandardCharsets.UTF_8));
        }
        assertEquals("1.0 done", stages.get(stages.size() - 1));
        assertTrue(stages.size() >= 5, stages.toString());
    }

    @Test
    void theRankingTableSplitsAcrossPagesWithItsHeaderRepeated() throws Exception {
        byte[] pdf = PeriodReport.render(ReportFixture.facts(200, "Client", "x"), Language.EN, T, (done, stage) -> { });
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            int withHeader = 0;
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document);
                if (text.contains("Rank Location SQI Band CI Sample")) {
                    withHeader++;
                }
            }
            assertTrue(withHeader >= 4, "200 locations need at least four pages, each with the header: " + withHeader);
        }
    }
}
