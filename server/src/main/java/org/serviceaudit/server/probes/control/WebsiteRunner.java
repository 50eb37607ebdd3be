package org.serviceaudit.server.probes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.serviceaudit.probes.web.WebFetcher;
import org.serviceaudit.probes.web.WebsiteProbe;

import java.time.Clock;

/** Runs one website probe run: claim it, probe the site (no transaction open meanwhile), record the result. */
@ApplicationScoped
public class WebsiteRunner {

    @Inject
    WebsiteRuns runs;
    @Inject
    ProbeSettings settings;
    @Inject
    Clock clock;

    public void run(long runId) {
        runs.claim(runId).ifPresent(order -> {
            WebFetcher fetcher = new WebFetcher(settings.addresses(), settings.webLimits(), clock);
            runs.done(runId, new WebsiteProbe(fetcher, order.settings()).run(order.url()));
        });
    }
}
