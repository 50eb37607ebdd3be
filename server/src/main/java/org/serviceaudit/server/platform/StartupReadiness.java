package org.serviceaudit.server.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once migrations ran and the shipped templates are installed. */
@Readiness
@ApplicationScoped
public class StartupReadiness implements HealthCheck {

    @Inject
    Startup startup;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("serviceaudit-database").status(startup.ready()).build();
    }
}
