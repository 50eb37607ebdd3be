package org.serviceaudit.probes.web;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds a chat on a page by its embed code, which is what every vendor's widget needs on the
 * page: a script or iframe from the vendor's address, or the inline loader that names its
 * global object. Links to messengers (Telegram, WhatsApp, Viber) count as written channels
 * too. The widget itself loads later in a browser; whether someone answers in it is not
 * measured here.
 */
public final class ChatDetector {

    /** Vendor → what its embed code contains (lower case): script and iframe addresses, loader names. */
    static final Map<String, List<String>> VENDORS = vendors();
    static final Map<String, List<String>> MESSENGERS = Map.of(
            "telegram", List.of("//t.me/", "telegram.me/", "telegram.dog/", "tg://"),
            "whatsapp", List.of("//wa.me/", "api.whatsapp.com/send", "whatsapp://", "web.whatsapp.com/send", "chat.whatsapp.com/"),
            "viber", List.of("viber://chat", "viber://pa", "viber://add", "invite.viber.com", "chats.viber.com"));

    private static Map<String, List<String>> vendors() {
        Map<String, List<String>> v = new LinkedHashMap<>();
        v.put("jivo", List.of("code.jivosite.com", "code.jivo.ru", "jivosite.com/widget", "jivo_api", "jivo.chat"));
        v.put("intercom", List.of("widget.intercom.io", "js.intercomcdn.com", "intercomsettings", "window.intercom("));
        v.put("zendesk", List.of("static.zdassets.com/ekr/snippet.js", "ze-snippet", "zendesk.com/embeddable", "zesettings"));
        v.put("zopim", List.of("v2.zopim.com", "zopim.com/?", "$zopim"));
        v.put("livechat", List.of("cdn.livechatinc.com", "__lc.license", "livechatinc.com/tracking.js", "cdn.livechat-files.com"));
        v.put("tawkto", List.of("embed.tawk.to", "tawk_api", "tawk_loadstart"));
        v.put("drift", List.of("js.driftt.com", "drift.load(", "driftt.com/include"));
        v.put("crisp", List.of("client.crisp.chat", "crisp_website_id", "$crisp"));
        v.put("hubspot", List.of("js.usemessages.com", "js.hs-scripts.com", "hubspotconversations", "js-eu1.hs-scripts.com"));
        v.put("freshchat", List.of("wchat.freshchat.com", "fcwidget", "freshchat.com/js/widget.js", "fw-cdn.com"));
        v.put("tidio", List.of("code.tidio.co", "tidiochatapi"));
        v.put("bitrix24", List.of("/crm/site_button/loader_", "b24-widget", "bx24_form", "crm/form/loader_"));
        v.put("olark", List.of("static.olark.com", "olark.identify(", "olark('api"));
        v.put("facebook", List.of("xfbml.customerchat.js", "fb-customerchat", "fb-customer-chat", "//m.me/", "messenger.com/t/"));
        return v;
    }

    /** @param evidence per vendor or messenger, the address or code that gave it away */
    public record Chat(List<String> vendors, List<String> messengers, Map<String, String> evidence) {
        public boolean present() {
            return !vendors.isEmpty() || !messengers.isEmpty();
        }
    }

    private ChatDetector() {
    }

    public static Chat detect(List<Document> pages) {
        Set<String> vendors = new LinkedHashSet<>();
        Set<String> messengers = new LinkedHashSet<>();
        Map<String, String> evidence = new LinkedHashMap<>();
        for (Document page : pages) {
            List<String> code = new ArrayList<>();
            for (Element e : page.select("script[src], iframe[src], link[href], a[href]")) {
                code.add(e.hasAttr("src") ? e.absUrl("src").isEmpty() ? e.attr("src") : e.absUrl("src") : e.attr("href"));
            }
            for (Element script : page.select("script:not([src])")) {
                code.add(script.data());
            }
            for (Element e : page.select("[id], [class]")) {
                code.add(e.id() + " " + e.className());
            }
            for (String c : code) {
                String lower = c.toLowerCase(Locale.ROOT);
                find(lower, c, VENDORS, vendors, evidence);
                find(lower, c, MESSENGERS, messengers, evidence);
            }
        }
        return new Chat(List.copyOf(vendors), List.copyOf(messengers), evidence);
    }

    private static void find(String lower, String original, Map<String, List<String>> table, Set<String> found, Map<String, String> evidence) {
        table.forEach((name, marks) -> {
            for (String mark : marks) {
                if (lower.contains(mark)) {
                    found.add(name);
                    evidence.putIfAbsent(name, excerpt(original, lower.indexOf(mark), mark.length()));
                    return;
                }
            }
        });
    }

    private static String excerpt(String text, int at, int length) {
        int from = Math.max(0, at - 40);
        int to = Math.min(text.length(), at + length + 40);
        return text.substring(from, to).replaceAll("\\s+", " ").strip();
    }
}
