package org.serviceaudit.server.reports.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.serviceaudit.checklists.Item;
import org.serviceaudit.checklists.ItemKind;
import org.serviceaudit.checklists.Language;
import org.serviceaudit.checklists.Section;
import org.serviceaudit.checklists.Template;
import org.vandeseer.easytable.settings.BorderStyle;
import org.vandeseer.easytable.structure.Row;
import org.vandeseer.easytable.structure.Table;
import org.vandeseer.easytable.structure.cell.TextCell;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The PDF of one submitted audit: what was checked where and when, the score and band, and
 * per section every item with the answer, its result and the auditor's comment, in the
 * reader's language. The stored submission document is attached as JSON.
 */
public final class AuditReport {

    /** What the report shows; the caller has checked that the reader may see it. */
    /** @param photos the audit's photos by id (a photo item's answer), as uploaded */
    public record Facts(long auditId, String client, String location, String timeZone, Instant submittedAt, Template template,
                        String submissionDocument, Map<String, byte[]> photos) {
    }

    private static final int MAX_TEXT = 10_000;
    /** Characters of a comment per table row: well within one page at the comment column's width. */
    private static final int CHUNK = 700;
    /** Enough for a half-page picture at 300 dpi. */
    private static final int PHOTO_PIXELS = 1600;

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
            Flow flow = new Flow(pdf);
            ZoneId zone = ZoneId.of(facts.timeZone());
            DateTimeFormatter when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(zone);
            flow.text(bold, 16, ReportPdf.clean(title, bold, 300));
            flow.gap(6);
            flow.text(regular, 10, Labels.of("client", language) + ": " + ReportPdf.clean(facts.client(), regular, 300));
            flow.text(regular, 10, Labels.of("location", language) + ": " + ReportPdf.clean(facts.location(), regular, 300));
            flow.text(regular, 10, Labels.of("submitted", language) + ": " + when.format(facts.submittedAt()) + " (" + zone + ")");
            String score = document.isNull("score") || !document.containsKey("score") ? "—"
                    : String.format(Locale.ROOT, "%.2f", document.getJsonNumber("score").doubleValue());
            String band = document.containsKey("band") ? Labels.of(document.getString("band"), language) : "";
            flow.gap(4);
            flow.text(bold, 12, Labels.of("score", language) + ": " + score + (band.isEmpty() ? "" : " · " + band));
            flow.gap(12);
            Map<String, JsonObject> results = new HashMap<>();
            document.getJsonArray("items").getValuesAs(JsonObject.class).forEach(i -> results.put(i.getString("item"), i));
            Map<String, JsonObject> answers = new HashMap<>();
            document.getJsonArray("answers").getValuesAs(JsonObject.class).forEach(a -> answers.put(a.getString("item"), a));
            Map<String, Double> sectionScores = new HashMap<>();
            document.getJsonArray("sections").getValuesAs(JsonObject.class).stream().filter(s -> s.containsKey("score"))
                    .forEach(s -> sectionScores.put(s.getString("id"), s.getJsonNumber("score").doubleValue()));

            Table.TableBuilder table = Table.builder().addColumnsOfWidth(Flow.WIDTH * 0.42f, Flow.WIDTH * 0.16f, Flow.WIDTH * 0.14f,
                    Flow.WIDTH * 0.28f)
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
            flow.table(table.build(), 1);
            photos(flow, facts, answers, language, regular, bold);
            pdf.footers(facts.client(), language, generated);
            pdf.attachJson("audit-" + facts.auditId() + ".json", document.toString(), generated);
            return pdf.save();
        }
    }

    /** Every photo item's picture, in the template's order, captioned with the item and the auditor's comment. */
    private static void photos(Flow flow, Facts facts, Map<String, JsonObject> answers, Language language, PDFont regular, PDFont bold)
            throws IOException {
        boolean first = true;
        for (Section section : facts.template().sections()) {
            for (Item item : section.items()) {
                JsonObject answer = answers.get(item.id());
                if (item.kind() != ItemKind.PHOTO || answer == null || answer.get("value") == null
                        || answer.get("value").getValueType() != JsonValue.ValueType.STRING) {
                    continue;
                }
                if (first) {
                    flow.gap(16);
                    flow.need(200);
                    flow.text(bold, 12, Labels.of("photos", language));
                    first = false;
                }
                String caption = ReportPdf.clean(item.text().in(language), regular, 300)
                        + (answer.containsKey("comment") ? ": " + ReportPdf.clean(answer.getString("comment"), regular, 500) : "");
                byte[] bytes = facts.photos().get(answer.getString("value"));
                Optional<PDImageXObject> image = bytes == null ? Optional.empty() : image(flow, bytes);
                if (image.isPresent()) {
                    flow.image(image.get(), 320, regular, caption);
                } else {
                    flow.text(regular, 9, caption + " — " + Labels.of("photo_missing", language));
                }
            }
        }
    }

    /**
     * A photo as a JPEG the archive can keep: flattened onto white (no transparency),
     * at most {@link #PHOTO_PIXELS} pixels on its long side. Empty if it cannot be decoded.
     */
    private static Optional<PDImageXObject> image(Flow flow, byte[] bytes) throws IOException {
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(bytes));
        if (read == null) {
            return Optional.empty();
        }
        double scale = Math.min(1, (double) PHOTO_PIXELS / Math.max(read.getWidth(), read.getHeight()));
        int width = Math.max(1, (int) Math.round(read.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(read.getHeight() * scale));
        BufferedImage rgb = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(read, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return Optional.of(JPEGFactory.createFromImage(flow.document(), rgb, 0.85f));
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
}
