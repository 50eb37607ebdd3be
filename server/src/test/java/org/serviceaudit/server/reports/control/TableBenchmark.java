package org.serviceaudit.server.reports.control;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.vandeseer.easytable.settings.BorderStyle;
import org.vandeseer.easytable.structure.Row;
import org.vandeseer.easytable.structure.Table;
import org.vandeseer.easytable.structure.cell.TextCell;

import java.awt.Color;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;

/**
 * A plain 2,000-row, 5-column table section drawn and saved the way the reports draw tables
 * (embedded fonts, header repeated on every page, compressed), timed warm. The comparison in
 * ../shared/stack-notes.md is a mainstream report engine's 98 ms for the same table.
 */
public final class TableBenchmark {

    private TableBenchmark() {
    }

    /** The median of {@code runs} timed runs after as many warm-up runs, in milliseconds; prints the figures. */
    public static double run(int runs) throws Exception {
        int bytes = 0;
        int pages = 0;
        for (int i = 0; i < runs; i++) {
            bytes = once();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            bytes = once();
            millis[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(millis);
        try (var document = org.apache.pdfbox.Loader.loadPDF(table())) {
            pages = document.getNumberOfPages();
        }
        System.out.printf(Locale.ROOT, "2,000-row table section: %.1f ms median (min %.1f, max %.1f) over %d runs; %d pages, %d KB%n",
                millis[runs / 2], millis[0], millis[runs - 1], runs, pages, bytes / 1024);
        return millis[runs / 2];
    }

    private static int once() throws Exception {
        return table().length;
    }

    private static byte[] table() throws Exception {
        try (ReportPdf pdf = new ReportPdf("Table", "en", Instant.EPOCH)) {
            PDFont regular = pdf.regular();
            float w = Flow.WIDTH;
            Table.TableBuilder table = Table.builder().addColumnsOfWidth(w * 0.1f, w * 0.35f, w * 0.2f, w * 0.15f, w * 0.2f).font(regular)
                    .fontSize(9).borderColor(Color.GRAY).borderWidth(0.5f);
            Row.RowBuilder header = Row.builder().font(pdf.bold());
            for (String label : new String[]{"#", "Location", "City", "Index", "Band"}) {
                header.add(TextCell.builder().text(label).borderStyle(BorderStyle.SOLID).build());
            }
            table.addRow(header.build());
            for (int i = 1; i <= 2_000; i++) {
                table.addRow(Row.builder().add(cell(Integer.toString(i))).add(cell("Butik " + i + " Södermalm"))
                        .add(cell(i % 2 == 0 ? "Stockholm" : "Київ")).add(cell(String.format(Locale.ROOT, "%.2f", (i % 100) / 100.0)))
                        .add(cell(i % 3 == 0 ? "Favourable" : "Secure")).build());
            }
            Flow flow = new Flow(pdf);
            flow.table(table.build(), 1);
            return pdf.save();
        }
    }

    private static TextCell cell(String text) {
        return TextCell.builder().text(text).borderStyle(BorderStyle.SOLID).build();
    }
}
