package org.serviceaudit.server;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The REST API under {@code /api}, and the one database of the application.
 *
 * <p>The datasource is read from MicroProfile Config at deployment, so the same WAR runs on
 * the embedded H2 file database (the defaults in {@code META-INF/microprofile-config.properties})
 * or on PostgreSQL ({@code DB_DRIVER}, {@code DB_URL}, {@code DB_USER}, {@code DB_PASSWORD}).
 */
@ApplicationPath("api")
@DataSourceDefinition(
        name = "java:app/jdbc/serviceaudit",
        className = "${MPCONFIG=db.driver}",
        url = "${MPCONFIG=db.url}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password}",
        minPoolSize = 2,
        maxPoolSize = 64)
@OpenAPIDefinition(info = @Info(title = "ServiceAudit API", version = "0.1",
        description = "Clients, locations, checklist templates, audits and their scored submissions. "
                + "Errors are application/problem+json (RFC 9457)."))
public class ServiceAuditApplication extends Application {
}
