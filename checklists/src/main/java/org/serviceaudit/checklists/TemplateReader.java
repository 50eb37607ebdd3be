package org.serviceaudit.checklists;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParsingException;

import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads checklist templates from JSON and validates them completely.
 *
 * <p>A file is either a valid {@link Template} or a {@link TemplateException} listing every
 * problem with its JSON path, so an author fixes a file in one pass. Unknown fields are
 * problems too: a misspelt {@code "wieght"} would otherwise silently give the default weight.
 * The file format is described in {@code docs/checklists.md}.
 */
public final class TemplateReader {

    /** Ids of templates, sections, items and options: lower case letters, digits, '-' and '_'. */
    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    /** The default longest answer to a text item, in characters. */
    public static final int DEFAULT_MAX_TEXT_LENGTH = 10_000;
    /** The default longest duration accepted as an answer: one day, in seconds. */
    public static final BigDecimal DEFAULT_MAX_SECONDS = BigDecimal.valueOf(86_400);
    /** The default largest count accepted as an answer. */
    public static final int DEFAULT_MAX_COUNT = 1_000;

    /** Looked up once: {@code Json.createReader} searches the class path for a provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();
    private static final Set<String> TEMPLATE_FIELDS = Set.of("id", "version", "title", "description", "criticalCap", "channel", "sections");
    private static final Set<String> SECTION_FIELDS = Set.of("id", "title", "weight", "items");
    private static final Set<String> ITEM_FIELDS = Set.of("id", "kind", "text", "standard", "weight", "critical",
            "naAllowed", "required", "dimensions", "measure");
    private static final Map<ItemKind, Set<String>> KIND_FIELDS = Map.of(
            ItemKind.YES_NO, Set.of(),
            ItemKind.SCALE, Set.of("points", "passAtLeast"),
            ItemKind.COUNT, Set.of("passAtMost", "passAtLeast", "max"),
            ItemKind.DURATION, Set.of("passAtMostSeconds", "maxSeconds"),
            ItemKind.CHOICE, Set.of("options"),
            ItemKind.TEXT, Set.of("maxLength"),
            ItemKind.PHOTO, Set.of());
    private static final Set<String> OPTION_FIELDS = Set.of("id", "label", "points", "pass");

    public Template read(String source, InputStream json) throws TemplateException {
        try (var reader = JSON.createReader(json)) {
            return read(source, reader.readValue());
        } catch (JsonParsingException e) {
            throw notJson(source, e);
        }
    }

    public Template read(String source, String json) throws TemplateException {
        try (var reader = JSON.createReader(new StringReader(json))) {
            return read(source, reader.readValue());
        } catch (JsonParsingException e) {
            throw notJson(source, e);
        }
    }

    public Template read(String source, JsonValue json) throws TemplateException {
        Parse parse = new Parse();
        Optional<Template> template = parse.template(json);
        if (!parse.problems.isEmpty() || template.isEmpty()) {
            throw new TemplateException(source, parse.problems);
        }
        return template.get();
    }

    private static TemplateException notJson(String source, JsonParsingException e) {
        var at = e.getLocation();
        String where = at == null ? "$" : "$ (line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ")";
        return new TemplateException(source, List.of(new TemplateProblem(where, "not valid JSON: " + e.getMessage())), true);
    }

    /** One pass over one file; collects problems instead of stopping at the first. */
    private static final class Parse {
        private final List<TemplateProblem> problems = new ArrayList<>();
        private final Set<String> itemIds = new HashSet<>();

        Optional<Template> template(JsonValue value) {
            Optional<JsonObject> json = object(value, "$");
            if (json.isEmpty()) {
                return Optional.empty();
            }
            JsonObject o = json.get();
            unknownFields(o, "$", TEMPLATE_FIELDS);
            String id = id(o, "$");
            int version = wholeNumber(o, "$", "version", null, 1, Integer.MAX_VALUE);
            LocalizedText title = text(o, "$", "title", true);
            LocalizedText description = text(o, "$", "description", false);
            double cap = fraction(o, "$", "criticalCap", 0.0);
            Channel channel = string(o, "$", "channel", false).map(code -> Channel.fromCode(code).orElseGet(() -> {
                problem("$.channel", "unknown channel '" + code + "'; expected one of "
                        + java.util.Arrays.stream(Channel.values()).map(Channel::code).collect(Collectors.joining(", ")));
                return Channel.OTHER;
            })).orElse(Channel.OTHER);
            List<Section> sections = new ArrayList<>();
            Set<String> sectionIds = new HashSet<>();
            array(o, "$", "sections", true).ifPresent(array -> {
                for (int i = 0; i < array.size(); i++) {
                    String path = "$.sections[" + i + "]";
                    section(array.get(i), path).ifPresent(s -> {
                        if (!sectionIds.add(s.id())) {
                            problem(path + ".id", "section id '" + s.id() + "' is used twice");
                        }
                        sections.add(s);
                    });
                }
            });
            if (!problems.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Template(id, version, title, description, cap, channel, sections));
        }

        private Optional<Section> section(JsonValue value, String path) {
            Optional<JsonObject> json = object(value, path);
            if (json.isEmpty()) {
                return Optional.empty();
            }
            JsonObject o = json.get();
            unknownFields(o, path, SECTION_FIELDS);
            String id = id(o, path);
            LocalizedText title = text(o, path, "title", true);
            double weight = weight(o, path);
            List<Item> items = new ArrayList<>();
            array(o, path, "items", true).ifPresent(array -> {
                for (int i = 0; i < array.size(); i++) {
                    item(array.get(i), path + ".items[" + i + "]").ifPresent(items::add);
                }
            });
            return id == null || title == null ? Optional.empty() : Optional.of(new Section(id, title, weight, items));
        }

        private Optional<Item> item(JsonValue value, String path) {
            Optional<JsonObject> json = object(value, path);
            if (json.isEmpty()) {
                return Optional.empty();
            }
            JsonObject o = json.get();
            String id = id(o, path);
            if (id != null && !itemIds.add(id)) {
                problem(path + ".id", "item id '" + id + "' is used twice in the template");
            }
            Optional<ItemKind> kind = kind(o, path);
            Set<String> allowed = new HashSet<>(ITEM_FIELDS);
            kind.ifPresent(k -> allowed.addAll(KIND_FIELDS.get(k)));
            if (kind.isPresent()) {
                unknownFields(o, path, allowed);
            }
            LocalizedText text = text(o, path, "text", true);
            boolean scored = kind.map(ItemKind::scored).orElse(true);
            LocalizedText standard = text(o, path, "standard", scored);
            double weight = weight(o, path);
            boolean critical = flag(o, path, "critical", false);
            boolean naAllowed = flag(o, path, "naAllowed", false);
            boolean required = flag(o, path, "required", scored);
            if (!scored && critical) {
                problem(path + ".critical", "a " + kind.get().code() + " item is evidence and is not scored, so it cannot be critical");
            }
            Set<Dimension> dimensions = dimensions(o, path);
            Measure measure = measure(o, path, kind);
            Optional<Rule> rule = kind.flatMap(k -> rule(k, o, path));
            if (id == null || text == null || rule.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Item(id, text, standard, rule.get(), weight, critical, naAllowed, required, dimensions, measure));
        }

        private Measure measure(JsonObject o, String path, Optional<ItemKind> kind) {
            Optional<String> code = string(o, path, "measure", false);
            if (code.isEmpty()) {
                return null;
            }
            Optional<Measure> measure = Measure.of(code.get());
            if (measure.isEmpty()) {
                problem(path + ".measure", "unknown measure '" + code.get() + "'; expected one of "
                        + Arrays.stream(Measure.values()).map(Measure::code).collect(Collectors.joining(", ")));
                return null;
            }
            if (kind.isPresent() && kind.get() != measure.get().kind()) {
                problem(path + ".measure", "measure '" + code.get() + "' fills a " + measure.get().kind().code()
                        + " item, not a " + kind.get().code() + " item");
                return null;
            }
            return measure.get();
        }

        private Optional<ItemKind> kind(JsonObject o, String path) {
            Optional<String> code = string(o, path, "kind", true);
            if (code.isEmpty()) {
                return Optional.empty();
            }
            Optional<ItemKind> kind = ItemKind.fromCode(code.get());
            if (kind.isEmpty()) {
                problem(path + ".kind", "unknown kind '" + code.get() + "'; expected one of "
                        + java.util.Arrays.stream(ItemKind.values()).map(ItemKind::code).collect(Collectors.joining(", ")));
            }
            return kind;
        }

        private Optional<Rule> rule(ItemKind kind, JsonObject o, String path) {
            int before = problems.size();
            Rule rule = switch (kind) {
                case YES_NO -> new Rule.YesNo();
                case SCALE -> scale(o, path);
                case COUNT -> count(o, path);
                case DURATION -> duration(o, path);
                case CHOICE -> choice(o, path);
                case TEXT -> new Rule.Evidence(kind, wholeNumber(o, path, "maxLength", DEFAULT_MAX_TEXT_LENGTH, 1, 100_000));
                case PHOTO -> new Rule.Evidence(kind, 2_000);
            };
            return problems.size() > before ? Optional.empty() : Optional.of(rule);
        }

        private Rule scale(JsonObject o, String path) {
            Map<Integer, LocalizedText> points = new HashMap<>();
            Optional<JsonObject> json = o.containsKey("points") ? object(o.get("points"), path + ".points") : Optional.empty();
            if (!o.containsKey("points")) {
                problem(path + ".points", "a scale needs the meaning of each point 1 to 5");
            }
            json.ifPresent(p -> {
                for (String key : p.keySet()) {
                    if (!key.matches("[1-5]")) {
                        problem(path + ".points." + key, "scale points are 1, 2, 3, 4 and 5");
                    }
                }
                for (int point = Rule.Scale.LOWEST; point <= Rule.Scale.HIGHEST; point++) {
                    LocalizedText meaning = text(p, path + ".points", String.valueOf(point), true);
                    if (meaning != null) {
                        points.put(point, meaning);
                    }
                }
            });
            int passAtLeast = wholeNumber(o, path, "passAtLeast", 4, Rule.Scale.LOWEST, Rule.Scale.HIGHEST);
            return new Rule.Scale(points, passAtLeast);
        }

        private Rule count(JsonObject o, String path) {
            int max = wholeNumber(o, path, "max", DEFAULT_MAX_COUNT, 1, Integer.MAX_VALUE);
            Integer atMost = o.containsKey("passAtMost") ? wholeNumber(o, path, "passAtMost", null, 0, max) : null;
            Integer atLeast = o.containsKey("passAtLeast") ? wholeNumber(o, path, "passAtLeast", null, 0, max) : null;
            if ((atMost == null) == (atLeast == null)) {
                problem(path, "a count needs exactly one of passAtMost and passAtLeast");
            }
            return new Rule.Count(atMost, atLeast, max);
        }

        private Rule duration(JsonObject o, String path) {
            BigDecimal max = number(o, path, "maxSeconds", DEFAULT_MAX_SECONDS);
            BigDecimal passAtMost = number(o, path, "passAtMostSeconds", null);
            if (passAtMost != null && (passAtMost.signum() < 0 || passAtMost.compareTo(max) > 0)) {
                problem(path + ".passAtMostSeconds", "must be from 0 to maxSeconds (" + max.toPlainString() + ")");
            }
            if (max.signum() <= 0) {
                problem(path + ".maxSeconds", "must be greater than 0");
            }
            return new Rule.Duration(passAtMost, max);
        }

        private Rule choice(JsonObject o, String path) {
            List<JsonObject> raw = new ArrayList<>();
            array(o, path, "options", true).ifPresent(array -> {
                if (array.size() < 2) {
                    problem(path + ".options", "a choice needs at least 2 options");
                }
                for (int i = 0; i < array.size(); i++) {
                    object(array.get(i), path + ".options[" + i + "]").ifPresent(raw::add);
                }
            });
            BigDecimal best = BigDecimal.ZERO;
            List<BigDecimal> points = new ArrayList<>();
            for (int i = 0; i < raw.size(); i++) {
                BigDecimal p = number(raw.get(i), path + ".options[" + i + "]", "points", null);
                if (p != null && p.signum() < 0) {
                    problem(path + ".options[" + i + "].points", "must not be negative");
                }
                points.add(p == null ? BigDecimal.ZERO : p);
                best = p != null && p.compareTo(best) > 0 ? p : best;
            }
            if (!raw.isEmpty() && best.signum() == 0) {
                problem(path + ".options", "at least one option needs points greater than 0");
            }
            List<Option> options = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < raw.size(); i++) {
                String optionPath = path + ".options[" + i + "]";
                JsonObject option = raw.get(i);
                unknownFields(option, optionPath, OPTION_FIELDS);
                String id = id(option, optionPath);
                if (id != null && !ids.add(id)) {
                    problem(optionPath + ".id", "option id '" + id + "' is used twice in this item");
                }
                LocalizedText label = text(option, optionPath, "label", true);
                boolean passes = flag(option, optionPath, "pass", points.get(i).compareTo(best) == 0);
                if (id != null && label != null) {
                    options.add(new Option(id, label, points.get(i), passes));
                }
            }
            return new Rule.Choice(options);
        }

        private Set<Dimension> dimensions(JsonObject o, String path) {
            Set<Dimension> dimensions = EnumSet.noneOf(Dimension.class);
            array(o, path, "dimensions", false).ifPresent(array -> {
                for (int i = 0; i < array.size(); i++) {
                    String at = path + ".dimensions[" + i + "]";
                    if (array.get(i) instanceof JsonString s) {
                        Dimension.fromCode(s.getString()).ifPresentOrElse(dimensions::add,
                                () -> problem(at, "unknown dimension '" + s.getString() + "'; expected one of "
                                        + java.util.Arrays.stream(Dimension.values()).map(Dimension::code).collect(Collectors.joining(", "))));
                    } else {
                        problem(at, "expected a string");
                    }
                }
            });
            return dimensions;
        }

        private String id(JsonObject o, String path) {
            Optional<String> id = string(o, path, "id", true);
            if (id.isPresent() && !ID.matcher(id.get()).matches()) {
                problem(path + ".id", "'" + id.get() + "' is not a valid id: use 1 to 64 lower-case letters, digits, '-' or '_'");
                return null;
            }
            return id.orElse(null);
        }

        private LocalizedText text(JsonObject o, String path, String field, boolean required) {
            String at = path + "." + field;
            if (!o.containsKey(field)) {
                if (required) {
                    problem(at, "missing; give the text in one or more of en, ru, uk, sv");
                }
                return null;
            }
            Optional<JsonObject> json = object(o.get(field), at);
            if (json.isEmpty()) {
                return null;
            }
            Map<Language, String> texts = new EnumMap<>(Language.class);
            for (Map.Entry<String, JsonValue> entry : json.get().entrySet()) {
                Optional<Language> language = Language.fromCode(entry.getKey());
                if (language.isEmpty()) {
                    problem(at + "." + entry.getKey(), "unknown language; expected en, ru, uk or sv");
                } else if (!(entry.getValue() instanceof JsonString s) || s.getString().isBlank()) {
                    problem(at + "." + entry.getKey(), "expected a non-empty string");
                } else {
                    texts.put(language.get(), s.getString().strip());
                }
            }
            if (json.get().isEmpty()) {
                problem(at, "needs at least one of en, ru, uk, sv");
            }
            return texts.isEmpty() ? null : new LocalizedText(texts);
        }

        private Optional<String> string(JsonObject o, String path, String field, boolean required) {
            JsonValue value = o.get(field);
            if (value == null) {
                if (required) {
                    problem(path + "." + field, "missing");
                }
                return Optional.empty();
            }
            if (value instanceof JsonString s) {
                return Optional.of(s.getString());
            }
            problem(path + "." + field, "expected a string, got " + describe(value));
            return Optional.empty();
        }

        private double weight(JsonObject o, String path) {
            BigDecimal weight = number(o, path, "weight", BigDecimal.ONE);
            if (weight.signum() <= 0) {
                problem(path + ".weight", "must be greater than 0");
            }
            return weight.doubleValue();
        }

        private double fraction(JsonObject o, String path, String field, double fallback) {
            BigDecimal value = number(o, path, field, BigDecimal.valueOf(fallback));
            if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
                problem(path + "." + field, "must be from 0 to 1");
            }
            return value.doubleValue();
        }

        private BigDecimal number(JsonObject o, String path, String field, BigDecimal fallback) {
            JsonValue value = o.get(field);
            if (value == null) {
                if (fallback == null) {
                    problem(path + "." + field, "missing");
                }
                return fallback;
            }
            if (value instanceof JsonNumber n) {
                return n.bigDecimalValue();
            }
            problem(path + "." + field, "expected a number, got " + describe(value));
            return fallback == null ? BigDecimal.ZERO : fallback;
        }

        private int wholeNumber(JsonObject o, String path, String field, Integer fallback, int min, int max) {
            JsonValue value = o.get(field);
            if (value == null) {
                if (fallback == null) {
                    problem(path + "." + field, "missing");
                    return min;
                }
                return fallback;
            }
            if (value instanceof JsonNumber n && n.isIntegral() && n.bigDecimalValue().compareTo(BigDecimal.valueOf(min)) >= 0
                    && n.bigDecimalValue().compareTo(BigDecimal.valueOf(max)) <= 0) {
                return n.intValue();
            }
            problem(path + "." + field, "expected a whole number from " + min + " to " + max + ", got " + describe(value));
            return fallback == null ? min : fallback;
        }

        private boolean flag(JsonObject o, String path, String field, boolean fallback) {
            JsonValue value = o.get(field);
            if (value == null) {
                return fallback;
            }
            if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
                return value == JsonValue.TRUE;
            }
            problem(path + "." + field, "expected true or false, got " + describe(value));
            return fallback;
        }

        private Optional<JsonArray> array(JsonObject o, String path, String field, boolean nonEmpty) {
            JsonValue value = o.get(field);
            if (value == null) {
                if (nonEmpty) {
                    problem(path + "." + field, "missing");
                }
                return Optional.empty();
            }
            if (!(value instanceof JsonArray array)) {
                problem(path + "." + field, "expected an array, got " + describe(value));
                return Optional.empty();
            }
            if (nonEmpty && array.isEmpty()) {
                problem(path + "." + field, "must not be empty");
            }
            return Optional.of(array);
        }

        private Optional<JsonObject> object(JsonValue value, String path) {
            if (value instanceof JsonObject o) {
                return Optional.of(o);
            }
            problem(path, "expected an object, got " + describe(value));
            return Optional.empty();
        }

        private void unknownFields(JsonObject o, String path, Set<String> known) {
            o.keySet().stream().filter(k -> !known.contains(k)).sorted().forEach(k ->
                    problem(path + "." + k, "unknown field; expected one of " + known.stream().sorted().collect(Collectors.joining(", "))));
        }

        private void problem(String path, String message) {
            problems.add(new TemplateProblem(path, message));
        }

        private static String describe(JsonValue value) {
            return switch (value.getValueType()) {
                case OBJECT -> "an object";
                case ARRAY -> "an array";
                case STRING -> "a string";
                case NUMBER -> "the number " + value;
                case TRUE, FALSE -> value.toString();
                case NULL -> "null";
            };
        }
    }
}
