package org.serviceaudit.server.reports.control;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every report must be: PDF/A-3b by veraPDF, every font embedded (charts' too), and every page renderable. */
final class PdfChecks {

    /** Text as auditors and probed sites may supply it: PDFBox throws on the tab, NUL and RLO, the font lacks the emoji and CJK. */
    static final String HOSTILE = "Tab\there, NUL\u0000, RLO\u202Eevil, emoji 😀, CJK 漢字, " + "long ".repeat(2_000);

    private PdfChecks() {
    }

    static void assertArchivable(byte[] pdf) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_3_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_3_B, false)) {
            ValidationResult result = validator.validate(parser);
            assertTrue(result.isCompliant(), () -> result.getTestAssertions().stream().filter(a -> a.getStatus().toString().equals("FAILED"))
                    .map(a -> a.getRuleId() + " " + a.getMessage()).distinct().limit(10).collect(Collectors.joining("\n")));
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                renderer.renderImageWithDPI(i, 40);
            }
            Set<String> fonts = new HashSet<>();
            for (PDPage page : document.getPages()) {
                fonts(page.getResources(), fonts);
            }
            assertTrue(!fonts.isEmpty());
        }
    }

    /** The names of the fonts used, failing on one not embedded, in a page's resources and the forms it draws. */
    private static void fonts(PDResources resources, Set<String> names) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            assertTrue(font.isEmbedded(), font.getName() + " is embedded");
            names.add(font.getName());
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) {
                fonts(form.getResources(), names);
            }
        }
    }
}
