package org.serviceaudit.checklists;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The checklists that ship with ServiceAudit, built from the service standards. */
public final class ShippedTemplates {

    /** Resource names under this package's {@code shipped/} folder. */
    public static final List<String> FILES = List.of("phone-etiquette.json", "store-visit.json");

    private ShippedTemplates() {
    }

    /** The JSON text of each shipped template by file name, in {@link #FILES} order. */
    public static Map<String, String> sources() {
        Map<String, String> sources = new LinkedHashMap<>();
        for (String file : FILES) {
            try (InputStream in = ShippedTemplates.class.getResourceAsStream("shipped/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("shipped template missing from the class path: " + file);
                }
                sources.put(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sources;
    }

    /** Reads and validates every shipped template; a broken one is a build error, so it throws. */
    public static List<Template> all() {
        TemplateReader reader = new TemplateReader();
        return sources().entrySet().stream().map(source -> {
            try {
                return reader.read(source.getKey(), source.getValue());
            } catch (TemplateException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }).toList();
    }
}
