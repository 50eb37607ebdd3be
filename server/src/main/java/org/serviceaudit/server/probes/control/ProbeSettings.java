package org.serviceaudit.server.probes.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.serviceaudit.probes.net.AddressPolicy;

import java.time.Duration;
import java.util.Optional;

/** The probe settings (see docs/configuration.md), read once at start. */
@ApplicationScoped
public class ProbeSettings {

    @Inject
    @ConfigProperty(name = "serviceaudit.secret-key")
    Optional<String> secretKey;
    @Inject
    @ConfigProperty(name = "serviceaudit.probes.allow-private-addresses", defaultValue = "false")
    boolean allowPrivateAddresses;
    @Inject
    @ConfigProperty(name = "serviceaudit.probes.mail-timeout", defaultValue = "PT30S")
    Duration mailTimeout;
    @Inject
    @ConfigProperty(name = "serviceaudit.probes.mailbox-poll", defaultValue = "PT1M")
    Duration mailboxPoll;
    @Inject
    @ConfigProperty(name = "serviceaudit.probes.expiry-check", defaultValue = "PT1M")
    Duration expiryCheck;
    @Inject
    @ConfigProperty(name = "serviceaudit.scheduler.polling-interval", defaultValue = "PT10S")
    Duration schedulerPolling;
    @Inject
    @ConfigProperty(name = "serviceaudit.scheduler.threads", defaultValue = "4")
    int schedulerThreads;
    @Inject
    @ConfigProperty(name = "serviceaudit.scheduler.heartbeat-interval", defaultValue = "PT1M")
    Duration schedulerHeartbeat;
    @Inject
    @ConfigProperty(name = "serviceaudit.probes.send-retries", defaultValue = "PT1M,PT5M,PT30M")
    String sendRetries;
    @Inject
    @ConfigProperty(name = "serviceaudit.probes.web-timeout", defaultValue = "PT15S")
    Duration webTimeout;
    @Inject
    @ConfigProperty(name = "serviceaudit.probes.web-max-bytes", defaultValue = "5242880")
    int webMaxBytes;
    @Inject
    @ConfigProperty(name = "serviceaudit.probes.web-max-redirects", defaultValue = "5")
    int webMaxRedirects;

    private SecretBox secrets;
    private java.util.List<Duration> retryPauses;

    @PostConstruct
    void read() {
        // An unusable key stops the start: running on would store passwords unsealed or fail every probe later.
        secrets = SecretBox.of(secretKey.orElse(null));
        try {
            retryPauses = java.util.Arrays.stream(sendRetries.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .map(Duration::parse).toList();
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("serviceaudit.probes.send-retries must be ISO-8601 durations separated by commas, not '"
                    + sendRetries + "'", e);
        }
    }

    /** The pauses before each new attempt to reach an SMTP server that could not be reached; then the run fails. */
    public java.util.List<Duration> sendRetryPauses() {
        return retryPauses;
    }

    public SecretBox secrets() {
        return secrets;
    }

    /** Which addresses probes may connect to (mail servers, websites and their redirects); public only unless allowed. */
    public AddressPolicy addresses() {
        return AddressPolicy.of(allowPrivateAddresses);
    }

    /** The website probe's limits for each page: time (connecting and reading), size, redirects. */
    public org.serviceaudit.probes.web.WebFetcher.Limits webLimits() {
        return new org.serviceaudit.probes.web.WebFetcher.Limits(webTimeout, webMaxBytes, webMaxRedirects);
    }

    /** Connect and read timeout of SMTP and IMAP. */
    public Duration mailTimeout() {
        return mailTimeout;
    }

    /** How often a mailbox without IDLE is polled, and the longest IDLE before it is renewed. */
    public Duration mailboxPoll() {
        return mailboxPoll;
    }

    /** How often runs past their give-up time are ended. */
    public Duration expiryCheck() {
        return expiryCheck;
    }

    public Duration schedulerPolling() {
        return schedulerPolling;
    }

    public int schedulerThreads() {
        return schedulerThreads;
    }

    /**
     * How often a server marks the work it is doing as alive; work without a mark for six
     * intervals is taken as the work of a dead server and finished by another (a send found
     * half-done is failed, not repeated).
     */
    public Duration schedulerHeartbeat() {
        return schedulerHeartbeat;
    }
}
