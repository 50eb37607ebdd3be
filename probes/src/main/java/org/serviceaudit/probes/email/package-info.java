/**
 * The email probe. {@link org.serviceaudit.probes.email.InquiryBank} composes an inquiry,
 * {@link org.serviceaudit.probes.email.InquirySender} sends it with a tracking token,
 * {@link org.serviceaudit.probes.email.MailboxWatcher} finds the replies,
 * {@link org.serviceaudit.probes.email.MessageClassifier} tells an automatic acknowledgement, a
 * bounce and a person apart, {@link org.serviceaudit.probes.email.ReplyGrader} grades the first
 * human reply, and {@link org.serviceaudit.probes.email.EmailProbeRun} times the replies and
 * scores the run.
 */
package org.serviceaudit.probes.email;
