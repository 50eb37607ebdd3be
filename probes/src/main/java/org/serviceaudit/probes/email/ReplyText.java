package org.serviceaudit.probes.email;

import java.util.ArrayList;
import java.util.List;

/**
 * A reply split into what the writer wrote now ({@code body}), how they signed it
 * ({@code signature}), and the original they quoted ({@code quoted}). Grading looks only at
 * the body, so a negative phrase in our own quoted question or in a legal footer does not
 * count against the reply.
 *
 * @param signOff the sign-off line ("Best regards", "С уважением") if there is one
 */
public record ReplyText(String body, String signOff, String signature, String quoted) {

    /** A signature longer than this is not one: the sign-off was in the middle of the text. */
    static final int MAX_SIGNATURE_LINES = 8;

    public static ReplyText of(String text, Phrases phrases) {
        List<String> lines = text.replace("\r\n", "\n").replace('\r', '\n').lines().toList();
        List<String> fresh = new ArrayList<>();
        StringBuilder quoted = new StringBuilder();
        boolean inQuote = false;
        for (String line : lines) {
            if (!inQuote && phrases.findPlain("quoteHeaders", line.strip()).isPresent()) {
                inQuote = true;
            }
            if (inQuote || line.stripLeading().startsWith(">")) {
                quoted.append(line).append('\n');
            } else {
                fresh.add(line);
            }
        }
        while (!fresh.isEmpty() && fresh.get(fresh.size() - 1).isBlank()) {
            fresh.remove(fresh.size() - 1);
        }
        int cut = signatureStart(fresh, phrases);
        String signOff = "";
        List<String> signature = List.of();
        List<String> body = fresh;
        if (cut >= 0) {
            boolean delimiter = fresh.get(cut).equals("-- ") || fresh.get(cut).strip().equals("--");
            signOff = delimiter ? "" : fresh.get(cut).strip();
            signature = fresh.subList(cut + 1, fresh.size());
            body = fresh.subList(0, cut);
        }
        return new ReplyText(String.join("\n", body).strip(), signOff, String.join("\n", signature).strip(), quoted.toString().strip());
    }

    /** The line a signature starts at: the "-- " delimiter, or the last sign-off close to the end. */
    private static int signatureStart(List<String> lines, Phrases phrases) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).equals("-- ")) {
                return i;
            }
        }
        for (int i = lines.size() - 1; i >= 0 && i >= lines.size() - MAX_SIGNATURE_LINES - 1; i--) {
            String line = lines.get(i).strip();
            if (!line.isEmpty() && line.length() < 60 && phrases.wholeLine("signOffs", line)) {
                return i;
            }
        }
        return -1;
    }

    /** The signature's lines that are not empty. */
    public List<String> signatureLines() {
        return signature.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
