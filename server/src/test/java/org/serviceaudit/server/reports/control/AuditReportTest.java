package org.serviceaudit.server.reports.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.serviceaudit.checklists.Item;
import org.serviceaudit.checklists.Language;
import org.serviceaudit.checklists.Section;
import org.serviceaudit.checklists.ShippedTemplates;
import org.serviceaudit.checklists.Template;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The audit report: valid PDF/A-3b with its data attached, real text in the four languages, and hostile text drawn safely. */
class AuditReportTest {

    private static final Instant T = Instant.parse("2026-11-20T10:15:00Z");

    private static Template phone() {
        return ShippedTemplates.all().stream().filter(t -> t.id().equals("phone-etiquette")).findFirst().orElseThrow();
    }

    /** A stored submission document as the server writes it: every item passed, but "greeting_department" failed. */
    private static String document(Template template) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        JsonArrayBuilder answers = Json.createArrayBuilder();
        JsonArrayBuilder sections = Json.createArrayBuilder();
        for (Section section : template.sections()) {
            sections.add(Json.createObjectBuilder().add("id", section.id()).add("score", section.id().equals("greeting") ? 0.75 : 1.0)
                    .add("capped", false));
            for (Item item : section.items()) {
                boolean failed = item.id().equals("greeting_department");
                items.add(Json.createObjectBuilder().add("item", item.id()).add("section", section.id())
                        .add("status", failed ? "failed" : "passed").add("score", failed ? 0.0 : 1.0).add("weight", 1.0).add("critical", false));
                var answer = Json.createObjectBuilder().add("item", item.id()).add("value", !failed);
                if (failed) {
                    answer.add("comment", "Не назвал отдел. " + PdfChecks.HOSTILE);
                }
                answers.add(answer);
            }
        }
        return Json.createObjectBuilder().add("score", 0.9375).add("band", "secure").add("criticalFailure", false)
                .add("sections", sections).add("items", items).add("answers", answers).build().toString();
    }

    private static byte[] render(Language language) throws Exception {
        Template template = phone();
        return AuditReport.render(new AuditReport.Facts(42, "Ромашка «Север» ÅÄÖ", "Хрещатик, 22", "Europe/Kyiv", T, template,
                document(template), java.util.Map.of()), language, T);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theReportIsValidPdfAThreeBInEveryLanguage(Language language) throws Exception {
        byte[] pdf = render(language);
        PdfChecks.assertArchivable(pdf);
    }

    @Test
    void theTextIsRealTextAndTheDataIsAttached() throws Exception {
        byte[] pdf = render(Language.RU);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Отчёт об аудите 42: Телефонный этикет"), text.substring(0, 300));
            assertTrue(text.contains("Ромашка «Север» ÅÄÖ"));
            assertTrue(text.contains("Оценка: 0.94 · Надёжный"), "score and band as the API gives them");
            assertTrue(text.contains("Не назвал отдел."));
            assertTrue(text.contains("Tab here"), "a tab is drawn as a space");
            assertTrue(text.contains("emoji ?"), "a character the font lacks is replaced");
            assertTrue(text.contains("Страница 1 / " + document.getNumberOfPages()));
            assertTrue(document.getNumberOfPages() > 1, "the long comment runs onto further pages");
            var files = document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames();
            assertEquals(java.util.Set.of("audit-42.json"), files.keySet());
            JsonObject data = Json.createReader(files.get("audit-42.json").getEmbeddedFile().createInputStream()).readObject();
            assertEquals(0.9375, data.getJsonNumber("score").doubleValue());
        }
    }

    @Test
    void photosAreDrawnWithTheirCaptionAndStayArchivable() throws Exception {
        Template visit = ShippedTemplates.all().stream().filter(t -> t.id().equals("store-visit")).findFirst().orElseThrow();
        Item photoItem = visit.sections().stream().flatMap(s -> s.items().stream()).filter(i -> i.kind() == org.serviceaudit.checklists.ItemKind.PHOTO)
                .findFirst().orElseThrow();
        // A PNG with transparency, which PDF/A would not take as it is.
        java.awt.image.BufferedImage picture = new java.awt.image.BufferedImage(400, 300, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = picture.createGraphics();
        g.setColor(new java.awt.Color(200, 30, 30, 128));
        g.fillRect(50, 50, 300, 200);
        g.dispose();
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(picture, "png", png);
        String document = Json.createObjectBuilder().add("score", 1.0).add("band", "secure").add("sections", Json.createArrayBuilder())
                .add("items", Json.createArrayBuilder()).add("answers", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("item", photoItem.id()).add("value", "f00d").add("comment", "Вход, 9:05")))
                .build().toString();
        byte[] pdf = AuditReport.render(new AuditReport.Facts(7, "Client", "Store", "Europe/Stockholm", T, visit, document,
                java.util.Map.of("f00d", png.toByteArray())), Language.UK, T);
        PdfChecks.assertArchivable(pdf);
        try (PDDocument read = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(read);
            assertTrue(text.contains("Фотографії"), text);
            assertTrue(text.contains(photoItem.text().in(Language.UK) + ": Вход, 9:05"), text);
            int images = 0;
            for (var page : read.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image) {
                        images++;
                        assertEquals(400, image.getWidth());
                    }
                }
            }
            assertEquals(1, images);
        }
        byte[] missing = AuditReport.render(new AuditReport.Facts(7, "Client", "Store", "Europe/Stockholm", T, visit, document, java.util.Map.of()),
                Language.EN, T);
        try (PDDocument read = Loader.loadPDF(missing)) {
            assertTrue(new PDFTextStripper().getText(read).contains("photo not uploaded"));
        }
    }
}
