package org.serviceaudit.server.reports.control;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jfree.chart.JFreeChart;
import org.vandeseer.easytable.RepeatedHeaderTableDrawer;
import org.vandeseer.easytable.TableDrawer;
import org.vandeseer.easytable.structure.Table;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays a report out top to bottom on A4 pages: lines of text, tables that continue on new
 * pages (with their header rows repeated) and charts, each starting where the last ended and
 * on a new page when it does not fit.
 */
final class Flow {

    static final float WIDTH = PDRectangle.A4.getWidth() - 2 * ReportPdf.MARGIN;
    private static final float TOP = PDRectangle.A4.getHeight() - ReportPdf.MARGIN;
    /** Above the footer line. */
    private static final float BOTTOM = ReportPdf.MARGIN + 20;

    private final ReportPdf pdf;
    private float y;

    Flow(ReportPdf pdf) {
        this.pdf = pdf;
        newPage();
    }

    org.apache.pdfbox.pdmodel.PDDocument document() {
        return pdf.document();
    }

    void newPage() {
        pdf.document().addPage(new PDPage(PDRectangle.A4));
        y = TOP;
    }

    /** Starts a new page unless {@code height} points fit on this one. */
    void need(float height) {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    void gap(float height) {
        y -= height;
    }

    /** Text (already cleaned), wrapped at the page width. */
    void text(PDFont font, float size, String text) throws IOException {
        List<String> lines = wrap(font, size, text.replace('\n', ' '));
        need(size * 1.4f * Math.min(lines.size(), 3));
        for (String line : lines) {
            need(size * 1.4f);
            try (PDPageContentStream stream = new PDPageContentStream(pdf.document(), page(), PDPageContentStream.AppendMode.APPEND, true, true)) {
                stream.beginText();
                stream.setFont(font, size);
                stream.newLineAtOffset(ReportPdf.MARGIN, y - size);
                stream.showText(line);
                stream.endText();
            }
            y -= size * 1.4f;
        }
    }

    /** A table; its first {@code headerRows} rows are repeated on every page it continues on. */
    void table(Table table, int headerRows) throws IOException {
        if (table.getRows().isEmpty()) {
            return;
        }
        TableDrawer drawer = headerRows > 0
                ? RepeatedHeaderTableDrawer.builder().table(table).startX(ReportPdf.MARGIN).startY(y).endY(BOTTOM)
                        .numberOfRowsToRepeat(headerRows).compress(true).build()
                : TableDrawer.builder().table(table).startX(ReportPdf.MARGIN).startY(y).endY(BOTTOM).compress(true).build();
        drawer.draw(pdf::document, () -> new PDPage(PDRectangle.A4), ReportPdf.MARGIN);
        y = drawer.getFinalY();
    }

    /** A picture at most the page's width and {@code maxHeight} high, keeping its proportions, with a caption under it. */
    void image(PDImageXObject image, float maxHeight, PDFont font, String caption) throws IOException {
        float scale = Math.min(WIDTH / image.getWidth(), maxHeight / image.getHeight());
        float width = image.getWidth() * scale;
        float height = image.getHeight() * scale;
        need(height + 24);
        try (PDPageContentStream stream = new PDPageContentStream(pdf.document(), page(), PDPageContentStream.AppendMode.APPEND, true, true)) {
            stream.drawImage(image, ReportPdf.MARGIN, y - height, width, height);
        }
        y -= height + 4;
        text(font, 8, caption);
        y -= 8;
    }

    void chart(JFreeChart chart, float height) throws IOException {
        need(height);
        Charts.draw(pdf, page(), chart, ReportPdf.MARGIN, y - height, WIDTH, height);
        y -= height;
    }

    private PDPage page() {
        return pdf.document().getPage(pdf.document().getNumberOfPages() - 1);
    }

    private static List<String> wrap(PDFont font, float size, String text) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && font.getStringWidth(candidate) / 1000 * size > WIDTH) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }
}
