package org.serviceaudit.probes.email;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimeUtility;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The readable text of a message: its first text/plain part, or its first text/html part as
 * text. Mail from the wild is often broken, so nothing here throws: an unknown charset is read
 * as UTF-8 (with replacement characters), a part that cannot be parsed is skipped, and at most
 * {@link #MAX_CHARS} characters are kept. Attachments are never read.
 */
public final class MessageText {

    /** Enough for any reply a person writes; a larger part is cut, not read further. */
    public static final int MAX_CHARS = 200_000;
    private static final int MAX_DEPTH = 10;

    private MessageText() {
    }

    public static String of(Part message) {
        return plain(message, 0).or(() -> html(message, 0)).orElseGet(() -> raw(message));
    }

    /**
     * For a message whose structure cannot be parsed (a multipart whose boundary never comes):
     * the raw body without boundary and part header lines, which is what a person would read.
     */
    private static String raw(Part message) {
        if (!(message instanceof MimePart part)) {
            return "";
        }
        try (InputStream in = part instanceof jakarta.mail.internet.MimeMessage m ? m.getRawInputStream()
                : ((jakarta.mail.internet.MimeBodyPart) part).getRawInputStream()) {
            String text = new String(in.readNBytes(MAX_CHARS), StandardCharsets.UTF_8);
            return text.lines().filter(l -> !l.startsWith("--") && !l.matches("(?i)content-[a-z-]+:.*"))
                    .collect(java.util.stream.Collectors.joining("\n")).strip();
        } catch (MessagingException | IOException | RuntimeException e) {
            return "";
        }
    }

    private static Optional<String> plain(Part part, int depth) {
        return find(part, depth, "text/plain").map(MessageText::read);
    }

    private static Optional<String> html(Part part, int depth) {
        return find(part, depth, "text/html").map(MessageText::read).map(MessageText::htmlToText);
    }

    /** The first inline part of this type, depth-first, not looking inside attachments or forwarded messages. */
    private static Optional<Part> find(Part part, int depth, String type) {
        if (depth > MAX_DEPTH) {
            return Optional.empty();
        }
        try {
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                return Optional.empty();
            }
            if (part.isMimeType(type)) {
                return Optional.of(part);
            }
            if (part.isMimeType("multipart/*")) {
                Object content = part.getContent();
                if (content instanceof Multipart multipart) {
                    for (int i = 0; i < multipart.getCount(); i++) {
                        BodyPart child = multipart.getBodyPart(i);
                        Optional<Part> found = find(child, depth + 1, type);
                        if (found.isPresent()) {
                            return found;
                        }
                    }
                }
            }
        } catch (MessagingException | IOException | RuntimeException broken) {
            // A part that cannot be parsed is passed over; the rest of the message may still be readable.
        }
        return Optional.empty();
    }

    private static String read(Part part) {
        Charset charset = charset(part);
        try (InputStream in = part.getInputStream()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            // Bytes, not characters, are bounded: UTF-8 needs at most 4 a character.
            while ((n = in.read(buffer)) > 0 && bytes.size() < MAX_CHARS * 4) {
                bytes.write(buffer, 0, n);
            }
            String text = bytes.toString(charset);
            return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        } catch (MessagingException | IOException | RuntimeException e) {
            return "";
        }
    }

    private static Charset charset(Part part) {
        try {
            String name = new ContentType(part.getContentType()).getParameter("charset");
            if (name != null) {
                return Charset.forName(MimeUtility.javaCharset(name.strip()));
            }
        } catch (MessagingException | RuntimeException unknown) {
            // an unknown or malformed charset: read as UTF-8
        }
        return StandardCharsets.UTF_8;
    }

    /** Text with the line structure kept (paragraphs and line breaks), and quoted originals marked for {@link ReplyText}. */
    static String htmlToText(String html) {
        Document doc = Jsoup.parse(html);
        // Mail clients put the quoted original in these; mark it as quoted text is marked in plain mail.
        doc.select("blockquote, .gmail_quote, .yahoo_quoted, #divRplyFwdMsg, #appendonsend, div[type=cite]").forEach(q -> {
            q.before("<p>&gt; (quoted)</p>");
            q.remove();
        });
        doc.select("br").after("\n");
        doc.select("p, div, li, tr, h1, h2, h3, h4, h5, h6").after("\n");
        return doc.wholeText().replace('\u00a0', ' ').replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }
}
