package org.serviceaudit.checklists;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped checklists cover every row of the phone and store tables of the standards. */
class ShippedTemplatesTest {

    private final Map<String, Template> shipped = ShippedTemplates.all().stream()
            .collect(Collectors.toMap(Template::id, Function.identity()));

    @Test
    void phoneEtiquetteCoversEveryPhoneStandard() {
        Template phone = shipped.get("phone-etiquette");
        // One or more items per row of the phone table in service-standards.md.
        assertItems(phone, "rings", "time_to_sales", "greeting_company", "greeting_name", "greeting_department",
                "opening_question", "voice", "helps", "honesty", "hold", "no_negative_language", "no_risky_promises",
                "thanks", "ivr");
        assertEquals(new Rule.Count(3, null, 50), phone.item("rings").orElseThrow().rule());
        assertEquals(0, ((Rule.Duration) phone.item("time_to_sales").orElseThrow().rule()).passAtMostSeconds().compareTo(
                java.math.BigDecimal.valueOf(40)));
    }

    @Test
    void storeVisitCoversEveryStoreStandard() {
        assertItems(shipped.get("store-visit"), "parking", "accessible_entrance", "signage", "orientation", "welcome", "greeted",
                "introduced_self", "asked_name", "listening", "price_labels", "logical_order", "out_of_stock", "comfort",
                "wait_for_staff", "thanks_purchase", "complaint_procedure", "complaint_response");
    }

    @Test
    void everyTextIsInAllFourLanguagesAndEveryScoredItemStatesItsStandard() {
        for (Template t : shipped.values()) {
            assertTrue(t.title().hasAllLanguages(), t.id());
            for (Section s : t.sections()) {
                assertTrue(s.title().hasAllLanguages(), s.id());
                for (Item i : s.items()) {
                    assertTrue(i.text().hasAllLanguages(), i.id());
                    if (i.scored()) {
                        assertTrue(i.standardText().orElseThrow().hasAllLanguages(), i.id());
                        assertTrue(!i.dimensions().isEmpty(), i.id() + " has no dimension");
                    }
                    if (i.rule() instanceof Rule.Scale scale) {
                        scale.points().values().forEach(p -> assertTrue(p.hasAllLanguages(), i.id()));
                    }
                    if (i.rule() instanceof Rule.Choice choice) {
                        choice.options().forEach(o -> assertTrue(o.label().hasAllLanguages(), i.id() + "/" + o.id()));
                    }
                }
            }
        }
    }

    @Test
    void everyDimensionIsMeasuredSomewhere() {
        Set<Dimension> used = shipped.values().stream().flatMap(t -> t.items().stream())
                .flatMap(i -> i.dimensions().stream()).collect(Collectors.toSet());
        assertEquals(Set.of(Dimension.values()), used);
    }

    private static void assertItems(Template template, String... ids) {
        List<String> present = template.items().stream().map(Item::id).toList();
        for (String id : ids) {
            assertTrue(present.contains(id), template.id() + " lacks " + id);
        }
    }
}
