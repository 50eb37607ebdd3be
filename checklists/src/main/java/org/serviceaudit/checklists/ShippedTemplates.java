package org.serviceaudit.checklists;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The checklists that ship with ServiceAudit, built from the service standards. */
public final class ShippedTemplates {

    /** Resource names under this package's {@code shipped/} folder. */
    public static final List<String> FILES = List.of("phone-etiquette.json", "store-visit.json");

    private ShippedTemplates() {
    }

    /** Reads and validates every shipped template; a broken one is a build error, so it throws. */
    public static List<Template> all() {
        TemplateReader reader = new TemplateReader();
        return FILES.stream().map(file -> {
            try (InputStream in = ShippedTemplates.class.getResourceAsStream("shipped/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("shipped template missing from the class path: " + file);
                }
                return reader.read(file, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (TemplateException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }).toList();
    }
}
