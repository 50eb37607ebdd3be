package org.serviceaudit.server.reports.control;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.XmpSerializer;
import org.serviceaudit.checklists.Language;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Map;
import java.util.TimeZone;

/**
 * A PDF/A-3b document for a report: Liberation Sans regular and bold embedded (from
 * openpdf-fonts-extra; loaded without glyph substitution, which made every text run about
 * five times slower for nothing), sRGB output intent, XMP metadata matching the document
 * information, and the report's data as an attached JSON file.
 */
public final class ReportPdf implements AutoCloseable {

    /** Page margin in points, on every side. */
    static final float MARGIN = 50;

    private static final byte[] REGULAR = font("LiberationSans-Regular.ttf");
    private static final byte[] BOLD = font("LiberationSans-Bold.ttf");

    /** The same fonts for AWT, so charts measure their labels with the glyphs the PDF embeds. */
    static final java.awt.Font AWT_REGULAR = awt(REGULAR);
    static final java.awt.Font AWT_BOLD = awt(BOLD);

    private final PDDocument document = new PDDocument();
    private final PDType0Font regular;
    private final PDType0Font bold;

    public ReportPdf(String title, String language, Instant created) {
        try {
            regular = load(REGULAR);
            bold = load(BOLD);
            pdfA(title, language, created);
        } catch (IOException e) {
            throw new UncheckedIOException("the report fonts cannot be read", e);
        }
    }

    public PDDocument document() {
        return document;
    }

    public PDFont regular() {
        return regular;
    }

    public PDFont bold() {
        return bold;
    }

    /**
     * Text from auditors, probed sites and emails made safe to draw: control characters, tabs
     * and bidirectional overrides become spaces or go, characters the font lacks become "?",
     * and very long text is cut (PDFBox throws on such characters instead of skipping them).
     */
    public static String clean(String text, PDFont font, int maxChars) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(maxChars).forEach(c -> {
            if (c == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(c) || c == '\t') {
                out.append(' ');
            } else if (Character.getType(c) == Character.FORMAT) {
                // bidi overrides, zero-width joiners: invisible, and not in the font
            } else if (has(font, c)) {
                out.appendCodePoint(c);
            } else {
                out.append('?');
            }
        });
        if (text.codePointCount(0, text.length()) > maxChars) {
            out.append('…');
        }
        return out.toString();
    }

    private static boolean has(PDFont font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Attaches the report's data, as PDF/A-3 allows: an associated file with relationship Data. */
    public void attachJson(String name, String json, Instant created) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        PDEmbeddedFile file = new PDEmbeddedFile(document, new ByteArrayInputStream(bytes));
        file.setSubtype("application/json");
        file.setSize(bytes.length);
        file.setCreationDate(calendar(created));
        file.setModDate(calendar(created));
        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(name);
        spec.setFileUnicode(name);
        spec.setEmbeddedFile(file);
        spec.setEmbeddedFileUnicode(file);
        spec.setFileDescription("The report's data");
        spec.getCOSObject().setName(COSName.getPDFName("AFRelationship"), "Data");
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(Map.of(name, spec));
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
        names.setEmbeddedFiles(tree);
        document.getDocumentCatalog().setNames(names);
        COSArray associated = new COSArray();
        associated.add(spec);
        document.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("AF"), associated);
    }

    /** Writes on every page, at the foot: who it is about, when it was made, and "page n / m". */
    void footers(String about, Language language, Instant generated) throws IOException {
        int pages = document.getNumberOfPages();
        String stamp = Labels.of("generated", language) + " " + DateTimeFormatter.ISO_INSTANT.format(generated.truncatedTo(ChronoUnit.SECONDS));
        String left = clean(about, regular, 120) + " · " + stamp + " · " + Labels.of("page", language) + " ";
        for (int i = 0; i < pages; i++) {
            try (PDPageContentStream footer = new PDPageContentStream(document, document.getPage(i), PDPageContentStream.AppendMode.APPEND,
                    true, true)) {
                footer.beginText();
                footer.setFont(regular, 8);
                footer.newLineAtOffset(MARGIN, MARGIN / 2);
                footer.showText(left + (i + 1) + " / " + pages);
                footer.endText();
            }
        }
    }

    public byte[] save() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    @Override
    public void close() throws IOException {
        document.close();
    }

    private PDType0Font load(byte[] bytes) throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        font.setEnableGsub(false);
        document.registerTrueTypeFontForClosing(font);
        return PDType0Font.load(document, font, true);
    }

    private void pdfA(String title, String language, Instant created) throws IOException {
        Calendar when = calendar(created);
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("ServiceAudit");
        info.setProducer("ServiceAudit (Apache PDFBox)");
        info.setCreationDate(when);
        info.setModificationDate(when);
        document.getDocumentCatalog().setLanguage(language);
        try {
            XMPMetadata xmp = XMPMetadata.createXMPMetadata();
            DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
            dc.setTitle(title);
            dc.addCreator("ServiceAudit");
            XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
            basic.setCreatorTool("ServiceAudit");
            basic.setCreateDate(when);
            basic.setModifyDate(when);
            xmp.createAndAddAdobePDFSchema().setProducer("ServiceAudit (Apache PDFBox)");
            PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
            id.setPart(3);
            id.setConformance("B");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, bytes, true);
            PDMetadata metadata = new PDMetadata(document);
            metadata.importXMPMetadata(bytes.toByteArray());
            document.getDocumentCatalog().setMetadata(metadata);
        } catch (javax.xml.transform.TransformerException | org.apache.xmpbox.type.BadFieldValueException e) {
            throw new IOException("the PDF/A metadata cannot be written", e);
        }
        ICC_Profile srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB);
        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(srgb.getData()));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        document.getDocumentCatalog().addOutputIntent(intent);
    }

    private static Calendar calendar(Instant at) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        c.setTimeInMillis(at.toEpochMilli() / 1000 * 1000);
        return c;
    }

    private static java.awt.Font awt(byte[] bytes) {
        try {
            return java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
        } catch (java.awt.FontFormatException | IOException e) {
            throw new IllegalStateException("the report fonts cannot be read by AWT", e);
        }
    }

    private static byte[] font(String name) {
        try (InputStream in = ReportPdf.class.getResourceAsStream("/liberation/" + name)) {
            if (in == null) {
                throw new IllegalStateException("font " + name + " is missing (openpdf-fonts-extra)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
