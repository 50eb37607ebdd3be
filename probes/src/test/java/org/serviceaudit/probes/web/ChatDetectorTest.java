package org.serviceaudit.probes.web;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Each vendor's embed code as its documentation gives it (ids made up), and pages without a chat. */
class ChatDetectorTest {

    private static ChatDetector.Chat detect(String html) {
        return ChatDetector.detect(List.of(Jsoup.parse(html, "https://shop.test/")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", quoteCharacter = '`', maxCharsPerColumn = 10_000, textBlock = """
            jivo ¦ <script src="//code.jivosite.com/widget/AbC123dEf" async></script>
            intercom ¦ <script>window.intercomSettings = {api_base: "https://api-iam.intercom.io", app_id: "x1y2z3"};</script><script>(function(){var w=window;var ic=w.Intercom;})();</script>
            zendesk ¦ <script id="ze-snippet" src="https://static.zdassets.com/ekr/snippet.js?key=0000-1111"></script>
            zopim ¦ <script>window.$zopim||(function(d,s){var z=$zopim=function(c){z._.push(c)};$.src="https://v2.zopim.com/?2Xyz";})(document,"script");</script>
            livechat ¦ <script>window.__lc = window.__lc || {}; window.__lc.license = 12345678;</script><script src="https://cdn.livechatinc.com/tracking.js" async></script>
            tawkto ¦ <script>var Tawk_API=Tawk_API||{};(function(){var s1=document.createElement("script");s1.src='https://embed.tawk.to/64ab/1h2';})();</script>
            drift ¦ <script>"use strict";!function(){var t=window.driftt=window.drift=window.driftt||[];}();drift.SNIPPET_VERSION='0.3.1';drift.load('abc123');</script>
            crisp ¦ <script>window.$crisp=[];window.CRISP_WEBSITE_ID="0000-aaaa";(function(){d=document;s=d.createElement("script");s.src="https://client.crisp.chat/l.js";})();</script>
            hubspot ¦ <script type="text/javascript" id="hs-script-loader" async defer src="//js.hs-scripts.com/1234567.js"></script>
            freshchat ¦ <script src="https://wchat.freshchat.com/js/widget.js"></script><script>window.fcWidget.init({token: "abc", host: "https://wchat.freshchat.com"});</script>
            tidio ¦ <script src="//code.tidio.co/abcdefghijklmnopqrstu.js" async></script>
            bitrix24 ¦ <script>(function(w,d,u){var s=d.createElement('script');s.async=true;s.src=u+'?'+(Date.now()/60000|0);})(window,document,'https://cdn-ru.bitrix24.ru/b1234567/crm/site_button/loader_2_abcdef.js');</script>
            olark ¦ <script type="text/javascript" async>;(function(o,l,a,r,k,y){a='static.olark.com/jsclient/loader.js';})(window,document,"olark");olark.identify('1234-567-89-0123');</script>
            facebook ¦ <div id="fb-root"></div><div id="fb-customer-chat" class="fb-customerchat"></div><script>chatbox.setAttribute("page_id", "1234");</script>
            """)
    void eachVendorIsRecognisedByItsEmbedCode(String vendor, String snippet) {
        ChatDetector.Chat chat = detect("<html><body><h1>Shop</h1>" + snippet + "</body></html>");
        assertEquals(List.of(vendor), chat.vendors(), chat::toString);
        assertEquals(List.of(), chat.messengers());
    }

    @Test
    void messengerLinksAreChannels() {
        ChatDetector.Chat chat = detect("""
                <a href="https://t.me/shop_support">Telegram</a> <a href="https://wa.me/46701234567">WhatsApp</a>
                <a href="viber://chat?number=%2B380441234567">Viber</a>""");
        assertEquals(List.of(), chat.vendors());
        assertEquals(List.of("telegram", "whatsapp", "viber"), chat.messengers());
    }

    @Test
    void pagesWithoutAChatHaveNone() {
        ChatDetector.Chat chat = detect("""
                <html><head><script src="https://www.googletagmanager.com/gtag/js?id=G-1"></script></head>
                <body><p>Chat with us by phone! Our live chat is closed.</p><a href="https://format.me/x">format.me</a>
                <a href="https://www.bitrix24.com/">Powered by Bitrix24</a><a href="/support">Support</a></body></html>""");
        assertFalse(chat.present(), chat::toString);
    }
}
