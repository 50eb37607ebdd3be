package org.serviceaudit.probes.email;

import java.util.List;

/**
 * A message's class and why.
 *
 * @param finalBounce for a bounce: true when delivery failed for good, false for a delay
 *                    warning (the server keeps trying; the run stays pending)
 * @param evidence    each observation that counted, for a person to check the verdict
 */
public record Classification(MessageClass messageClass, boolean finalBounce, List<String> evidence) {
}
