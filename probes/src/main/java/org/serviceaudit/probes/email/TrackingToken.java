package org.serviceaudit.probes.email;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The token that ties replies to their inquiry. It is 20 characters of base32 (100 random
 * bits) and travels where a business will not notice it: as the local part of the inquiry's
 * Message-ID (which replies repeat in In-Reply-To and References) and as the tag of the
 * plus-addressed Reply-To ({@code anna.petrova+<token>@example.com}), which replies are sent to
 * even by systems that drop the threading headers.
 */
public final class TrackingToken {

    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    public static final Pattern FORMAT = Pattern.compile("[a-z2-7]{20}");
    private static final Pattern MESSAGE_ID = Pattern.compile("<([^@<>\\s]+)@[^<>\\s]+>");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern RETURNED = Pattern.compile("(?im)^(?:Message-ID|In-Reply-To|References):[ \\t]*<([^@<>\\s]+)@");

    private TrackingToken() {
    }

    public static String next() {
        char[] token = new char[20];
        for (int i = 0; i < token.length; i++) {
            token[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(token);
    }

    /** How a message was tied to a token. */
    public record Found(String token, String via) {
    }

    /**
     * The token of a message: first from In-Reply-To and References (the thread), then from
     * the recipient addresses' plus tags, then from the headers a bounce returns. {@code known} says which tokens count (the
     * outstanding probes'; for the command line, any of the right form).
     */
    public static Optional<Found> find(MimeMessage message, Predicate<String> known) {
        for (String header : List.of("In-Reply-To", "References")) {
            String value = MessageClassifier.header(message, header);
            Matcher m = MESSAGE_ID.matcher(value);
            // References lists the oldest first: the inquiry is usually the first entry.
            while (m.find()) {
                String local = m.group(1).toLowerCase(Locale.ROOT);
                if (known.test(local)) {
                    return Optional.of(new Found(local, header));
                }
            }
        }
        Optional<Found> byAddress = byAddress(message, known);
        return byAddress.isPresent() ? byAddress : inReturnedHeaders(message, known);
    }

    private static Optional<Found> byAddress(MimeMessage message, Predicate<String> known) {
        for (String address : recipients(message)) {
            int plus = address.indexOf('+');
            int at = address.indexOf('@');
            if (plus > 0 && at > plus) {
                String tag = address.substring(plus + 1, at).toLowerCase(Locale.ROOT);
                if (known.test(tag)) {
                    return Optional.of(new Found(tag, "address " + address));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A bounce does not thread and goes to the plain sender address, but it returns our
     * message or its headers (a {@code message/rfc822} or {@code text/rfc822-headers} part, or
     * quoted in the text): the inquiry's Message-ID is in there.
     */
    private static Optional<Found> inReturnedHeaders(MimeMessage message, Predicate<String> known) {
        try (InputStream in = message.getRawInputStream()) {
            Matcher m = RETURNED.matcher(new String(in.readNBytes(256 * 1024), StandardCharsets.ISO_8859_1));
            while (m.find()) {
                String local = m.group(1).toLowerCase(Locale.ROOT);
                if (known.test(local)) {
                    return Optional.of(new Found(local, "returned headers"));
                }
            }
        } catch (MessagingException | IOException | RuntimeException unreadable) {
            // no body to look into
        }
        return Optional.empty();
    }

    /** The address with the token as plus tag: {@code anna+token@example.com}. */
    public static String plusAddress(String address, String token) {
        int at = address.lastIndexOf('@');
        if (at <= 0) {
            throw new IllegalArgumentException("not an address: " + address);
        }
        String local = address.substring(0, at);
        int plus = local.indexOf('+');
        return (plus >= 0 ? local.substring(0, plus) : local) + "+" + token + address.substring(at);
    }

    private static List<String> recipients(MimeMessage message) {
        List<String> addresses = new ArrayList<>();
        for (String header : List.of("Delivered-To", "X-Original-To", "Envelope-To")) {
            String value = MessageClassifier.header(message, header);
            if (!value.isEmpty()) {
                addresses.add(value.replaceAll("[<>]", "").strip());
            }
        }
        try {
            Address[] all = message.getAllRecipients();
            if (all != null) {
                for (Address a : all) {
                    if (a instanceof InternetAddress ia && ia.getAddress() != null) {
                        addresses.add(ia.getAddress());
                    }
                }
            }
        } catch (MessagingException | RuntimeException unreadable) {
            // broken recipient headers: only the delivery headers count
        }
        return addresses;
    }
}
