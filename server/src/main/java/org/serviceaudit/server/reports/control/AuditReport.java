package org.serviceaudit.server.reports.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.serviceaudit.checklists.Item;
import org.serviceaudit.checklists.Language;
import org.serviceaudit.checklists.Section;
import org.serviceaudit.checklists.Template;
import org.vandeseer.easytable.RepeatedHeaderTableDrawer;
import org.vandeseer.easytable.settings.BorderStyle;
import org.vandeseer.easytable.structure.Row;
import org.vandeseer.easytable.structure.Table;
import org.vandeseer.easytable.structure.cell.TextCell;

import java.awt.Color;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The PDF of one submitted audit: what was checked where and when, the score and band, and
 * per section every item with the answer, its result and the auditor's comment, in the
 * reader's language. The stored submission document is attached as JSON.
 */
public final class AuditReport {

    /** What the report shows; the caller has checked that the reader may see it. */
    public record Facts(long auditId, String client, String location, String timeZone, Instant submittedAt, Template template,
                        String submissionDocument) {
    }

    private static final float MARGIN = ReportPdf.MARGIN;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final int MAX_TEXT = 10_000;
    /** Characters of a comment per table row: well within one page at the comment column's width. */
    private static final int CHUNK = 700;

    private AuditReport() {
    }

    public static byte[] render(Facts facts, Language language, Instant generated) throws IOException {
        JsonObject document;
        try (var reader = Json.createReader(new StringReader(facts.submissionDocument()))) {
            document = reader.readObject();
        }
        String title = Labels.of("audit", language) + " " + facts.auditId() + ": " + facts.template().title().in(language);
        try (ReportPdf pdf = new ReportPdf(title, language.code(), generated)) {
            PDFont regular = pdf.regular();
            PDFont bold = pdf.bold();
            PDPage first = new PDPage(PDRectangle.A4);
            pdf.document().addPage(first);
            ZoneId zone = ZoneId.of(facts.timeZone());
            DateTimeFormatter when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(zone);
            float y = PDRectangle.A4.getHeight() - MARGIN;
            try (PDPageContentStream text = new PDPageContentStream(pdf.document(), first)) {
                y = line(text, bold, 16, ReportPdf.clean(title, bold, 300), y);
                y = line(text, regular, 10, Labels.of("client", language) + ": " + ReportPdf.clean(facts.client(), regular, 300), y - 6);
                y = line(text, regular, 10, Labels.of("location", language) + ": " + ReportPdf.clean(facts.location(), regular, 300), y);
                y = line(text, regular, 10, Labels.of("submitted", language) + ": " + when.format(facts.submittedAt()) + " (" + zone + ")", y);
                String score = document.isNull("score") || !document.containsKey("score") ? "—"
                        : String.format(Locale.ROOT, "%.2f", document.getJsonNumber("score").doubleValue());
                String band = document.containsKey("band") ? Labels.of(document.getString("band"), language) : "";
                y = line(text, bold, 12, Labels.of("score", language) + ": " + score + (band.isEmpty() ? "" : " · " + band), y - 4);
            }
            Map<String, JsonObject> results = new HashMap<>();
            document.getJsonArray("items").getValuesAs(JsonObject.class).forEach(i -> results.put(i.getString("item"), i));
            Map<String, JsonObject> answers = new HashMap<>();
            document.getJsonArray("answers").getValuesAs(JsonObject.class).forEach(a -> answers.put(a.getString("item"), a));
            Map<String, Double> sectionScores = new HashMap<>();
            document.getJsonArray("sections").getValuesAs(JsonObject.class).stream().filter(s -> s.containsKey("score"))
                    .forEach(s -> sectionScores.put(s.getString("id"), s.getJsonNumber("score").doubleValue()));

            Table.TableBuilder table = Table.builder().addColumnsOfWidth(WIDTH * 0.42f, WIDTH * 0.16f, WIDTH * 0.14f, WIDTH * 0.28f)
                    .font(regular).fontSize(9).borderColor(Color.GRAY).borderWidth(0.5f);
            table.addRow(Row.builder().font(bold).backgroundColor(new Color(230, 230, 230))
                    .add(cell(Labels.of("item", language))).add(cell(Labels.of("answer", language)))
                    .add(cell(Labels.of("result", language))).add(cell(Labels.of("comment", language))).build());
            for (Section section : facts.template().sections()) {
                String sectionScore = sectionScores.containsKey(section.id())
                        ? String.format(Locale.ROOT, " · %.2f", sectionScores.get(section.id())) : "";
                table.addRow(Row.builder().font(bold).add(TextCell.builder().colSpan(4)
                        .text(ReportPdf.clean(section.title().in(language), bold, 300) + sectionScore).build()).build());
                for (Item item : section.items()) {
                    JsonObject answer = answers.get(item.id());
                    JsonObject result = results.get(item.id());
                    String comment = answer == null || !answer.containsKey("comment") ? ""
                            : ReportPdf.clean(answer.getString("comment"), regular, MAX_TEXT);
                    // A table row cannot break across pages: a long comment continues in rows of its own.
                    java.util.List<String> parts = chunks(comment, CHUNK);
                    table.addRow(Row.builder()
                            .add(cell(ReportPdf.clean(item.text().in(language), regular, 1000)))
                            .add(cell(ReportPdf.clean(answer(answer, language), regular, 1000)))
                            .add(cell(result == null ? "" : Labels.of(result.getString("status"), language)))
                            .add(cell(parts.get(0)))
                            .build());
                    for (String more : parts.subList(1, parts.size())) {
                        table.addRow(Row.builder().add(cell("")).add(cell("")).add(cell("")).add(cell(more)).build());
                    }
                }
            }
            RepeatedHeaderTableDrawer.builder().table(table.build()).startX(MARGIN).startY(y - 12).endY(MARGIN + 20)
                    .numberOfRowsToRepeat(1).compress(true).build()
                    .draw(pdf::document, () -> new PDPage(PDRectangle.A4), MARGIN);
            pdf.footers(facts.client(), language, generated);
            pdf.attachJson("audit-" + facts.auditId() + ".json", document.toString(), generated);
            return pdf.save();
        }
    }

    private static String answer(JsonObject answer, Language language) {
        if (answer == null) {
            return "";
        }
        if (answer.getBoolean("na", false)) {
            return Labels.of("not_applicable", language);
        }
        JsonValue value = answer.get("value");
        if (value == null) {
            return "";
        }
        return switch (value.getValueType()) {
            case TRUE -> Labels.of("yes", language);
            case FALSE -> Labels.of("no", language);
            case STRING -> answer.getString("value");
            default -> value.toString();
        };
    }

    /** Text cut into pieces of at most {@code size} characters, at a space where there is one. */
    static java.util.List<String> chunks(String text, int size) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        String rest = text;
        while (rest.length() > size) {
            int cut = rest.lastIndexOf(' ', size);
            if (cut < size / 2) {
                cut = Character.isHighSurrogate(rest.charAt(size - 1)) ? size - 1 : size;
            }
            parts.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        parts.add(rest);
        return parts;
    }

    private static TextCell cell(String text) {
        return TextCell.builder().text(text).borderStyle(BorderStyle.SOLID).build();
    }

    private static float line(PDPageContentStream stream, PDFont font, float size, String text, float y) throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(MARGIN, y - size);
        stream.showText(text.replace('\n', ' '));
        stream.endText();
        return y - size * 1.5f;
    }
}
