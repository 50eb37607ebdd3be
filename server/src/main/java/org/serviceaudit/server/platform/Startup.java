package org.serviceaudit.server.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.serviceaudit.server.accounts.control.FirstAdmin;
import org.serviceaudit.server.demo.control.DemoData;
import org.serviceaudit.server.probes.control.EmailRuns;
import org.serviceaudit.server.probes.control.ProbeScheduler;
import org.serviceaudit.server.probes.control.ProbeSettings;
import org.serviceaudit.server.templates.control.TemplateCatalog;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.logging.Logger;

/**
 * Brings the database up to date (Flyway migrations, the same scripts on H2 and PostgreSQL),
 * installs the shipped templates, makes sure an admin can sign in and, if asked, installs the
 * demo data, then starts the probe scheduler (which resumes pending runs), before the server
 * reports ready.
 */
@ApplicationScoped
public class Startup {

    private static final Logger LOG = Logger.getLogger(Startup.class.getName());

    @Resource(lookup = "java:app/jdbc/serviceaudit")
    DataSource dataSource;
    @Inject
    TemplateCatalog templates;
    @Inject
    FirstAdmin firstAdmin;
    @Inject
    DemoData demo;
    @Inject
    EmailRuns emailRuns;
    @Inject
    ProbeSettings probeSettings;
    @Inject
    ProbeScheduler probes;
    @Inject
    @ConfigProperty(name = "serviceaudit.demo", defaultValue = "false")
    boolean demoData;

    private volatile boolean ready;

    void start(@Observes @Initialized(ApplicationScoped.class) Object context) {
        LOG.info(() -> "ServiceAudit database: " + describeDatabase());
        var result = Flyway.configure(Startup.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted + " migrations applied now)");
        templates.installShipped();
        firstAdmin.ensure();
        if (demoData) {
            demo.installIfEmpty();
        }
        if (!probeSettings.secrets().hasKey()) {
            LOG.warning("serviceaudit.secret-key is not set: probe mailbox passwords are stored unencrypted."
                    + " Set SERVICEAUDIT_SECRET_KEY (openssl rand -base64 32); they are encrypted at the next start.");
        } else {
            int sealed = emailRuns.sealPasswords();
            if (sealed > 0) {
                LOG.info(() -> sealed + " probe mailbox passwords stored unencrypted were encrypted now");
            }
        }
        probes.start();
        ready = true;
        LOG.info("ServiceAudit is ready: API at /api, OpenAPI at /openapi, health at /health, metrics at /metrics");
    }

    public boolean ready() {
        return ready;
    }

    private String describeDatabase() {
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion() + " at " + withoutProperties(meta.getURL());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to the database: " + e.getMessage(), e);
        }
    }

    /** The URL without its properties: PostgreSQL's lists every connection setting, and a password may be among them. */
    static String withoutProperties(String url) {
        return url == null ? "(unknown)" : url.replaceFirst("[?;].*$", "");
    }
}
