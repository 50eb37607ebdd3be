package org.serviceaudit.checklists;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A versioned checklist: sections of items with their pass conditions.
 *
 * <p>Read with {@link TemplateReader}, which guarantees the invariants (unique ids, valid
 * weights and thresholds). Two templates are equal when their content is.
 *
 * @param criticalCap the highest score a section and the audit can have once a critical item
 *                    failed, from 0 to 1 (default 0)
 * @param channel     phone or visit, for the Service Quality Index (default other: in no channel)
 */
public record Template(String id, int version, LocalizedText title, LocalizedText description,
                       double criticalCap, Channel channel, List<Section> sections) {

    public Template {
        sections = List.copyOf(sections);
    }

    /** The same template in another channel: the channel is a label, not part of what is scored. */
    public Template withChannel(Channel other) {
        return new Template(id, version, title, description, criticalCap, other, sections);
    }

    /**
     * Whether the other template scores every answer exactly as this one does: the channel and
     * the phone helpers' measures are labels, so a version in use may still change them.
     */
    public boolean scoresLike(Template other) {
        return withChannel(Channel.OTHER).unmeasured().equals(other.withChannel(Channel.OTHER).unmeasured());
    }

    private Template unmeasured() {
        return new Template(id, version, title, description, criticalCap, channel, sections.stream()
                .map(s -> new Section(s.id(), s.title(), s.weight(), s.items().stream().map(Item::unmeasured).toList()))
                .toList());
    }

    public List<Item> items() {
        return sections.stream().flatMap(s -> s.items().stream()).toList();
    }

    public Optional<Item> item(String itemId) {
        return items().stream().filter(i -> i.id().equals(itemId)).findFirst();
    }

    /**
     * Every reason the answers do not fit this template: unknown items, items answered twice,
     * responses of the wrong shape or out of range, N/A where it is not allowed, and missing
     * required answers. Empty when the answers can be stored and scored.
     */
    public List<AnswerViolation> violations(List<Answer> answers) {
        Map<String, Item> byId = items().stream().collect(Collectors.toMap(Item::id, Function.identity(),
                (a, b) -> a, LinkedHashMap::new));
        List<AnswerViolation> found = new ArrayList<>();
        Set<String> answered = new HashSet<>();
        for (int i = 0; i < answers.size(); i++) {
            Answer answer = answers.get(i);
            OptionalInt at = OptionalInt.of(i);
            Item item = byId.get(answer.itemId());
            if (item == null) {
                found.add(new AnswerViolation(answer.itemId(), AnswerViolation.Kind.UNKNOWN_ITEM, at,
                        "no item with this id in template " + id + " version " + version));
            } else if (!answered.add(answer.itemId())) {
                found.add(new AnswerViolation(answer.itemId(), AnswerViolation.Kind.REPEATED, at, "answered more than once"));
            } else {
                item.check(answer.response()).ifPresent(m -> found.add(new AnswerViolation(item.id(), AnswerViolation.Kind.INVALID, at, m)));
            }
        }
        byId.values().stream()
                .filter(i -> i.required() && !answered.contains(i.id()))
                .forEach(i -> found.add(new AnswerViolation(i.id(), AnswerViolation.Kind.MISSING, OptionalInt.empty(),
                        "required answer missing")));
        return found;
    }
}
