package org.serviceaudit.probes.email;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import java.io.InputStream;
import java.util.Properties;

/** Reading messages as mail from the wild comes: with UTF-8 allowed in headers (RFC 6532), as many servers send it. */
public final class Messages {

    private Messages() {
    }

    /** Session properties every probe session starts from. */
    public static Properties baseProperties() {
        Properties p = new Properties();
        p.setProperty("mail.mime.allowutf8", "true");
        // Lenient parsing: a missing end boundary or a bad encoding must not hide the rest of the message.
        p.setProperty("mail.mime.multipart.ignoremissingendboundary", "true");
        p.setProperty("mail.mime.multipart.allowempty", "true");
        p.setProperty("mail.mime.decodetext.strict", "false");
        p.setProperty("mail.mime.ignoreunknownencoding", "true");
        return p;
    }

    public static MimeMessage parse(InputStream in) throws MessagingException {
        return new MimeMessage(Session.getInstance(baseProperties()), in);
    }
}
