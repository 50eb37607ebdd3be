package org.serviceaudit.server.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.serviceaudit.server.accounts.entity.Role;
import org.serviceaudit.server.accounts.entity.User;
import org.serviceaudit.server.history.control.ChangeLog;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Makes sure someone can sign in and set up the rest: when no enabled admin exists at start,
 * the admin account is created (or, if it exists, enabled again) with the password from
 * {@code SERVICEAUDIT_ADMIN_PASSWORD}, or with a random one printed once to the console.
 * The second case is also how a locked-out agency gets back in: restart with the variable set.
 */
@ApplicationScoped
public class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());

    @PersistenceContext
    EntityManager em;
    @Inject
    Passwords passwords;
    @Inject
    Tokens tokens;
    @Inject
    ChangeLog changes;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "serviceaudit.admin.username", defaultValue = "admin")
    String username;
    @Inject
    @ConfigProperty(name = "serviceaudit.admin.password")
    Optional<String> configuredPassword;

    @Transactional
    public void ensure() {
        long admins = em.createQuery("select count(u) from User u where u.role = :admin and u.enabled = true", Long.class)
                .setParameter("admin", Role.ADMIN).getSingleResult();
        if (admins > 0) {
            return;
        }
        String name = User.normalize(username);
        Optional<String> configured = configuredPassword.filter(p -> !p.isBlank());
        String password = configured.orElseGet(passwords::randomPassword);
        List<String> problems = PasswordRules.problems(password, name);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("SERVICEAUDIT_ADMIN_PASSWORD is not acceptable: it " + String.join("; it ", problems));
        }
        Optional<User> existing = Accounts.byUsername(em, name);
        User admin;
        if (existing.isPresent()) {
            admin = existing.get();
            if (admin.role() != Role.ADMIN) {
                throw new IllegalStateException("no admin can sign in, and the account '" + name + "' that would be made one is a "
                        + admin.role().code() + "; set SERVICEAUDIT_ADMIN_USERNAME to another name");
            }
            admin.changePassword(passwords.hash(password), clock.instant());
            admin.enable();
            tokens.revokeAll(admin);
        } else {
            admin = new User(name, "Administrator", Role.ADMIN, Optional.empty(), passwords.hash(password), clock.instant());
            em.persist(admin);
            em.flush();
        }
        changes.record(Caller.of(admin, ""), existing.isPresent() ? "user.password-reset" : "user.created", "user", admin.id(),
                "no admin could sign in at start" + (configured.isPresent() ? "; password from SERVICEAUDIT_ADMIN_PASSWORD" : "; random password"));
        if (configured.isPresent()) {
            LOG.warning(() -> "No admin could sign in: account '" + name + "' now has the password from SERVICEAUDIT_ADMIN_PASSWORD.");
        } else {
            // The one place a password is ever written out: the operator has no other way to learn it.
            LOG.warning("\n\n    No admin could sign in, so this account was " + (existing.isPresent() ? "given a new password" : "created")
                    + ":\n        username: " + name + "\n        password: " + password
                    + "\n    It is shown only this once. Sign in and change it (PUT /api/me/password).\n");
        }
    }
}
