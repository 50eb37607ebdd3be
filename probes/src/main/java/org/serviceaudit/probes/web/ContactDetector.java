package org.serviceaudit.probes.web;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a page shows how to reach the company: {@code tel:} and {@code mailto:} links,
 * phone numbers and e-mail addresses in its text, and a postal address (an {@code <address>}
 * element, schema.org {@code PostalAddress}, or a street line in one of the four languages).
 */
public final class ContactDetector {

    // International (+46 8 123 45 67, +7 (495) 123-45-67) or national with a trunk 0 or 8 (08-123 45 67, 8 800 555-35-35).
    private static final Pattern PHONE = Pattern.compile("(?<![\\p{L}\\p{N}])(\\+\\d{1,3}[\\s.-]?)?(\\(\\d{1,5}\\)[\\s.-]?)?"
            + "\\d{1,4}([\\s.-]?\\d{2,4}){2,4}(?![\\p{L}\\p{N}])");
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.\\p{L}{2,}");
    private static final Pattern STREET = Pattern.compile("(?iu)(\\b(street|st\\.|avenue|ave\\.|road|rd\\.)\\s|(?<![\\p{L}])(ул\\.|улица|пр-т|проспект"
            + "|вул\\.|вулиця|просп\\.)\\s|\\p{L}+(gatan|vägen|torget|gränd)\\s+\\d)");

    /** @param evidence what was found, e.g. {@code tel:+46812345678} */
    public record Contact(boolean phone, boolean email, boolean address, List<String> evidence) {
        public boolean visible() {
            return phone || email;
        }
    }

    private ContactDetector() {
    }

    public static Contact detect(Document page) {
        Set<String> evidence = new LinkedHashSet<>();
        boolean phone = false;
        boolean email = false;
        for (Element a : page.select("a[href^=tel:], a[href^=TEL:]")) {
            phone = true;
            evidence.add(a.attr("href"));
        }
        for (Element a : page.select("a[href^=mailto:], a[href^=MAILTO:]")) {
            email = true;
            evidence.add(a.attr("href").replaceFirst("\\?.*$", ""));
        }
        String text = page.body() == null ? "" : page.body().text();
        Matcher phones = PHONE.matcher(text);
        while (phones.find()) {
            String digits = phones.group().replaceAll("\\D", "");
            // 7 to 15 digits (E.164), and not a year range or a price with separators.
            if (digits.length() >= 7 && digits.length() <= 15 && (phones.group().startsWith("+") || digits.startsWith("0")
                    || digits.startsWith("8"))) {
                phone = true;
                evidence.add("phone " + phones.group().strip());
                break;
            }
        }
        Matcher emails = EMAIL.matcher(text);
        if (emails.find()) {
            email = true;
            evidence.add("e-mail " + emails.group());
        }
        boolean address = !page.select("address, [itemtype~=(?i)schema.org/PostalAddress], [itemprop=address]").isEmpty();
        Matcher street = STREET.matcher(text);
        if (address) {
            evidence.add("address element");
        } else if (street.find()) {
            address = true;
            evidence.add("address " + text.substring(street.start(), Math.min(text.length(), street.end() + 30)).strip());
        }
        return new Contact(phone, email, address, new ArrayList<>(evidence));
    }
}
