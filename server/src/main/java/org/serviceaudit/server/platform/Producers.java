package org.serviceaudit.server.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.serviceaudit.checklists.BandThresholds;
import org.serviceaudit.checklists.Scoring;

import java.time.Clock;
import java.time.Duration;

/** The clock (injected so time-dependent logic is testable) and the configured scoring. */
@ApplicationScoped
public class Producers {

    @Inject
    @ConfigProperty(name = "serviceaudit.bands.secure", defaultValue = "0.90")
    double secure;
    @Inject
    @ConfigProperty(name = "serviceaudit.bands.favourable", defaultValue = "0.80")
    double favourable;
    @Inject
    @ConfigProperty(name = "serviceaudit.bands.vulnerable", defaultValue = "0.70")
    double vulnerable;

    /** Ticks in milliseconds: the precision every supported database keeps, so stored and returned times agree. */
    @Produces
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
    }

    @Produces
    Scoring scoring() {
        return new Scoring(new BandThresholds(secure, favourable, vulnerable));
    }
}
