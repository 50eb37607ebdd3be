package org.serviceaudit.server.reports.control;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.Map;

/**
 * The report's charts: JFreeChart drawn straight into the PDF as vector graphics, its labels
 * real text in the embedded Liberation Sans (so they can be searched and copied, and PDF/A
 * finds every glyph embedded). No shadows, gradients or transparency: they add nothing on
 * paper and transparency is what archive validators look at hardest.
 */
final class Charts {

    private static final Color INK = new Color(40, 40, 40);
    private static final Color BAR = new Color(52, 101, 164);
    private static final Color GRID = new Color(200, 200, 200);

    private Charts() {
    }

    /** One bar per label, values 0..1, horizontal, with the bands' lower limits as marks. */
    static JFreeChart bars(String title, Map<String, Double> values, Iterable<Double> marks) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        values.forEach((label, value) -> data.addValue(value, "", label));
        JFreeChart chart = ChartFactory.createBarChart(title, null, null, data, PlotOrientation.HORIZONTAL, false, false, false);
        theme().apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        ((BarRenderer) plot.getRenderer()).setSeriesPaint(0, BAR);
        ((BarRenderer) plot.getRenderer()).setMaximumBarWidth(0.6);
        zeroToOne((NumberAxis) plot.getRangeAxis());
        marks.forEach(m -> plot.addRangeMarker(mark(m)));
        return chart;
    }

    /** A count per label, vertical bars (the reply-time distribution). */
    static JFreeChart counts(String title, Map<String, Long> values) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        values.forEach((label, value) -> data.addValue(value, "", label));
        JFreeChart chart = ChartFactory.createBarChart(title, null, null, data, PlotOrientation.VERTICAL, false, false, false);
        theme().apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        ((BarRenderer) plot.getRenderer()).setSeriesPaint(0, BAR);
        ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        return chart;
    }

    /** The index over periods, 0..1, with gaps where a period had no data. */
    static JFreeChart trend(String title, Map<String, Double> points, Iterable<Double> marks) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        points.forEach((label, value) -> data.addValue(value, "", label));
        JFreeChart chart = ChartFactory.createLineChart(title, null, null, data, PlotOrientation.VERTICAL, false, false, false);
        theme().apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        LineAndShapeRenderer line = (LineAndShapeRenderer) plot.getRenderer();
        line.setSeriesPaint(0, BAR);
        line.setSeriesStroke(0, new BasicStroke(2f));
        line.setDefaultShapesVisible(true);
        if (points.size() > 8) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        zeroToOne((NumberAxis) plot.getRangeAxis());
        marks.forEach(m -> plot.addRangeMarker(mark(m)));
        return chart;
    }

    /** Draws a chart on a page with its lower left corner at (x, y), in points. */
    static void draw(ReportPdf pdf, PDPage page, JFreeChart chart, float x, float y, float width, float height) throws IOException {
        PdfBoxGraphics2D graphics = new PdfBoxGraphics2D(pdf.document(), width, height);
        PdfBoxGraphics2DFontTextDrawer fonts = new PdfBoxGraphics2DFontTextDrawer();
        fonts.registerFont(ReportPdf.AWT_REGULAR.getFontName(), pdf.regular());
        fonts.registerFont(ReportPdf.AWT_BOLD.getFontName(), pdf.bold());
        graphics.setFontTextDrawer(fonts);
        try {
            chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            graphics.dispose();
        }
        PDFormXObject form = graphics.getXFormObject();
        try (PDPageContentStream stream = new PDPageContentStream(pdf.document(), page, PDPageContentStream.AppendMode.APPEND, true, true)) {
            stream.saveGraphicsState();
            stream.transform(Matrix.getTranslateInstance(x, y));
            stream.drawForm(form);
            stream.restoreGraphicsState();
        }
    }

    private static StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("ServiceAudit", false);
        theme.setExtraLargeFont(ReportPdf.AWT_BOLD.deriveFont(12f));
        theme.setLargeFont(ReportPdf.AWT_BOLD.deriveFont(10f));
        theme.setRegularFont(ReportPdf.AWT_REGULAR.deriveFont(9f));
        theme.setSmallFont(ReportPdf.AWT_REGULAR.deriveFont(8f));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setPlotOutlinePaint(GRID);
        theme.setDomainGridlinePaint(GRID);
        theme.setRangeGridlinePaint(GRID);
        theme.setAxisLabelPaint(INK);
        theme.setTickLabelPaint(INK);
        theme.setTitlePaint(INK);
        theme.setShadowVisible(false);
        theme.setBarPainter(new StandardBarPainter());
        return theme;
    }

    private static void zeroToOne(NumberAxis axis) {
        axis.setRange(0, 1);
        axis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(0.1));
    }

    private static ValueMarker mark(double value) {
        ValueMarker marker = new ValueMarker(value, new Color(170, 60, 60), new BasicStroke(0.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                10f, new float[]{3f, 3f}, 0f));
        marker.setAlpha(1f);
        return marker;
    }
}
