package org.serviceaudit.server.reports.control;

import org.serviceaudit.checklists.Language;

import java.util.Map;

/** The words a report prints around the data, in the four languages. */
final class Labels {

    private static final Map<String, Map<Language, String>> WORDS = Map.ofEntries(
            word("audit", "Audit report", "Отчёт об аудите", "Звіт про аудит", "Granskningsrapport"),
            word("client", "Client", "Клиент", "Клієнт", "Kund"),
            word("location", "Location", "Точка", "Точка", "Plats"),
            word("submitted", "Submitted", "Отправлен", "Надіслано", "Inskickad"),
            word("score", "Score", "Оценка", "Оцінка", "Poäng"),
            word("item", "Item", "Пункт", "Пункт", "Punkt"),
            word("answer", "Answer", "Ответ", "Відповідь", "Svar"),
            word("result", "Result", "Результат", "Результат", "Resultat"),
            word("comment", "Comment", "Комментарий", "Коментар", "Kommentar"),
            word("page", "Page", "Страница", "Сторінка", "Sida"),
            word("generated", "Generated", "Создан", "Створено", "Skapad"),
            word("yes", "yes", "да", "так", "ja"),
            word("no", "no", "нет", "ні", "nej"),
            word("passed", "passed", "выполнено", "виконано", "godkänt"),
            word("failed", "failed", "не выполнено", "не виконано", "underkänt"),
            word("not_applicable", "n/a", "н/п", "н/з", "ej aktuellt"),
            word("missing", "missing", "нет ответа", "немає відповіді", "saknas"),
            word("unanswered", "—", "—", "—", "—"),
            word("evidence", "recorded", "записано", "записано", "noterat"),
            word("secure", "Secure", "Надёжный", "Надійний", "Säker"),
            word("favourable", "Favourable", "Благоприятный", "Сприятливий", "Gynnsam"),
            word("vulnerable", "Vulnerable", "Уязвимый", "Вразливий", "Sårbar"),
            word("at_risk", "At risk", "Под угрозой", "Під загрозою", "I riskzonen"),
            word("period_report", "Service quality report", "Отчёт о качестве обслуживания", "Звіт про якість обслуговування",
                    "Rapport om servicekvalitet"),
            word("period", "Period", "Период", "Період", "Period"),
            word("index", "Service Quality Index", "Индекс качества обслуживания", "Індекс якості обслуговування", "Servicekvalitetsindex"),
            word("band", "Band", "Уровень", "Рівень", "Nivå"),
            word("interval", "95% confidence interval", "95% доверительный интервал", "95% довірчий інтервал", "95 % konfidensintervall"),
            word("change", "Change since", "Изменение с периода", "Зміна з періоду", "Förändring sedan"),
            word("no_data", "no data", "нет данных", "немає даних", "inga data"),
            word("sample", "Sample", "Выборка", "Вибірка", "Urval"),
            word("audits", "audits", "аудитов", "аудитів", "granskningar"),
            word("probe_runs", "probe runs", "проверок", "перевірок", "mätningar"),
            word("small_sample", "Too few audits and probe runs to rank on (fewer than %d).",
                    "Слишком мало аудитов и проверок для сравнения (меньше %d).", "Замало аудитів і перевірок для порівняння (менше ніж %d).",
                    "För få granskningar och mätningar för att rangordna (färre än %d)."),
            word("weights", "Channel weights", "Веса каналов", "Ваги каналів", "Kanalvikter"),
            word("channel", "Channel", "Канал", "Канал", "Kanal"),
            word("weight", "Weight", "Вес", "Вага", "Vikt"),
            word("n", "N", "N", "N", "N"),
            word("mean", "Mean", "Среднее", "Середнє", "Medel"),
            word("band_distribution", "Locations by band", "Точки по уровням", "Точки за рівнями", "Platser per nivå"),
            word("locations", "Locations", "Точек", "Точок", "Platser"),
            word("unranked", "Too little data", "Мало данных", "Замало даних", "För lite data"),
            word("ranking", "Location ranking", "Рейтинг точек", "Рейтинг точок", "Rangordning av platser"),
            word("rank", "Rank", "Место", "Місце", "Plats nr"),
            word("dimension_profile", "Service dimensions", "Измерения обслуживания", "Виміри обслуговування", "Servicedimensioner"),
            word("trend", "Index over time", "Индекс во времени", "Індекс у часі", "Index över tid"),
            word("channels", "Results by channel", "Результаты по каналам", "Результати за каналами", "Resultat per kanal"),
            word("phone", "Phone", "Телефон", "Телефон", "Telefon"),
            word("visit", "Visit", "Визит", "Візит", "Besök"),
            word("email", "Email", "Email", "Email", "E-post"),
            word("website", "Website", "Сайт", "Сайт", "Webbplats"),
            word("chat", "Chat", "Чат", "Чат", "Chatt"),
            word("email_results", "Email inquiries", "Запросы по email", "Запити електронною поштою", "Förfrågningar via e-post"),
            word("runs", "Runs", "Проверок", "Перевірок", "Mätningar"),
            word("on_time", "Replied within the threshold", "Ответ в срок", "Відповідь вчасно", "Svar inom gränsen"),
            word("never_replied", "Never replied or bounced", "Нет ответа или не доставлено", "Немає відповіді або не доставлено",
                    "Inget svar eller studsade"),
            word("median_reply", "Median reply time", "Медиана времени ответа", "Медіана часу відповіді", "Median svarstid"),
            word("photos", "Photos", "Фотографии", "Фотографії", "Foton"),
            word("photo_missing", "photo not uploaded", "фото не загружено", "фото не завантажено", "fotot har inte laddats upp"),
            word("hours", "h", "ч", "год", "h"),
            word("minutes", "min", "мин", "хв", "min"),
            word("no_reply", "no reply", "нет ответа", "немає відповіді", "inget svar"),
            word("reply_times", "Reply times", "Время ответа", "Час відповіді", "Svarstider"),
            word("within_1h", "≤ 1 h", "≤ 1 ч", "≤ 1 год", "≤ 1 h"),
            word("within_4h", "1–4 h", "1–4 ч", "1–4 год", "1–4 h"),
            word("within_10h", "4–10 h", "4–10 ч", "4–10 год", "4–10 h"),
            word("within_24h", "10–24 h", "10–24 ч", "10–24 год", "10–24 h"),
            word("later", "> 24 h", "> 24 ч", "> 24 год", "> 24 h"),
            word("bounced", "bounced", "не доставлено", "не доставлено", "studsade"),
            word("website_results", "Websites", "Сайты", "Сайти", "Webbplatser"),
            word("site", "Website", "Сайт", "Сайт", "Webbplats"),
            word("reachable", "Reachable", "Доступен", "Доступний", "Nåbar"),
            word("faq_found", "FAQ found", "FAQ найден", "FAQ знайдено", "FAQ hittad"),
            word("topics", "FAQ topics covered", "Темы FAQ", "Теми FAQ", "FAQ-ämnen täckta"),
            word("contact", "Contact visible", "Контакты видны", "Контакти видно", "Kontakt synlig"),
            word("chat_present", "Chat present", "Есть чат", "Є чат", "Chatt finns"),
            word("failed_items", "Items failed most often", "Чаще всего не выполнено", "Найчастіше не виконано", "Oftast underkända punkter"),
            word("failed_of", "Failed", "Не выполнено", "Не виконано", "Underkänt"),
            word("comments", "Auditors' comments", "Комментарии аудиторов", "Коментарі аудиторів", "Granskarnas kommentarer"),
            word("appendix", "Appendix: locations", "Приложение: точки", "Додаток: точки", "Bilaga: platser"),
            word("sections", "Sections", "Разделы", "Розділи", "Avsnitt"),
            word("care", "Care", "Забота", "Турбота", "Omtanke"),
            word("politeness", "Politeness", "Вежливость", "Ввічливість", "Artighet"),
            word("honesty", "Honesty", "Честность", "Чесність", "Ärlighet"),
            word("helpfulness", "Willingness to help", "Готовность помочь", "Готовність допомогти", "Hjälpsamhet"),
            word("promptness", "Promptness", "Оперативность", "Оперативність", "Snabbhet"),
            word("accessibility", "Accessibility", "Доступность", "Доступність", "Tillgänglighet"),
            word("friendliness", "Friendliness", "Дружелюбие", "Привітність", "Vänlighet"),
            word("knowledge", "Knowledge", "Знания", "Знання", "Kunskap"),
            word("professionalism", "Professionalism", "Профессионализм", "Професіоналізм", "Professionalism"));

    private Labels() {
    }

    private static Map.Entry<String, Map<Language, String>> word(String key, String en, String ru, String uk, String sv) {
        return Map.entry(key, Map.of(Language.EN, en, Language.RU, ru, Language.UK, uk, Language.SV, sv));
    }

    static String of(String key, Language language) {
        Map<Language, String> word = WORDS.get(key);
        return word == null ? key : word.get(language);
    }
}
