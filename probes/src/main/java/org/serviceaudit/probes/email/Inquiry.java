package org.serviceaudit.probes.email;

import java.util.List;

/**
 * One inquiry as sent: who asks what, and the token that finds its replies.
 *
 * @param token     the tracking token: the local part of the Message-ID and the tag of the
 *                  plus-addressed Reply-To, so replies carry it whichever they keep
 * @param language  en, ru, uk or sv
 * @param keywords  what an answer speaks of (see {@link Keywords})
 */
public record Inquiry(String token, String language, String questionId, String customerName, String subject, String body,
                      List<List<String>> keywords) {
}
