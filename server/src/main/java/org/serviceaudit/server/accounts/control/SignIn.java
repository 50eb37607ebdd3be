package org.serviceaudit.server.accounts.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.serviceaudit.server.accounts.entity.User;
import org.serviceaudit.server.problems.ApiException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Checks a username and password and issues a token. Every failure gets the same answer and
 * takes about as long (a password check is made for unknown accounts too), so no answer tells
 * whether an account exists. Failures are throttled per account and per client address.
 */
@ApplicationScoped
public class SignIn {

    public static final String CHALLENGE = "Bearer realm=\"serviceaudit\"";
    private static final Logger LOG = Logger.getLogger(SignIn.class.getName());

    @PersistenceContext
    EntityManager em;
    @Inject
    Passwords passwords;
    @Inject
    Tokens tokens;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "serviceaudit.auth.max-failures-per-account", defaultValue = "5")
    int maxPerAccount;
    /** Higher than per account: several auditors of one office may share an address. */
    @Inject
    @ConfigProperty(name = "serviceaudit.auth.max-failures-per-address", defaultValue = "20")
    int maxPerAddress;
    @Inject
    @ConfigProperty(name = "serviceaudit.auth.failure-window-seconds", defaultValue = "60")
    int windowSeconds;

    private FailureThrottle accounts;
    private FailureThrottle addresses;

    @PostConstruct
    void configure() {
        accounts = new FailureThrottle(maxPerAccount, Duration.ofSeconds(windowSeconds), clock);
        addresses = new FailureThrottle(maxPerAddress, Duration.ofSeconds(windowSeconds), clock);
    }

    public record Session(String token, Instant expiresAt, User user) {
    }

    @Transactional
    public Session signIn(String username, String password, String address) {
        String account = User.normalize(username);
        attempt(account, address);
        Optional<User> user = Accounts.byUsername(em, account);
        boolean matches;
        if (user.isPresent()) {
            matches = passwords.matches(password, user.get());
        } else {
            passwords.spendTheTimeOfOneCheck(password);
            matches = false;
        }
        if (!matches || !user.get().enabled()) {
            // The account name is the user's input, not a secret; the password never reaches the log.
            LOG.info(() -> "failed sign-in for '" + account.replaceAll("\\p{Cntrl}", "?") + "' from " + address);
            throw ApiException.unauthorized("sign-in-failed", "the username and password do not match an account that may sign in",
                    CHALLENGE);
        }
        succeeded(account, address);
        Tokens.Issued issued = tokens.issue(user.get());
        return new Session(issued.token(), issued.expiresAt(), user.get());
    }

    /** A signed-in user confirming their password (to change it): throttled like a sign-in. */
    public boolean confirms(User user, String password, String address) {
        attempt(user.username(), address);
        if (passwords.matches(password, user)) {
            succeeded(user.username(), address);
            return true;
        }
        return false;
    }

    /**
     * Refuses a throttled attempt, and otherwise counts it as failed until it succeeds: the
     * password check takes a fifth of a second, and attempts sent at once must not all pass
     * the throttle before any of their failures is counted.
     */
    private void attempt(String account, String address) {
        Stream.of(accounts.blockedFor(account), addresses.blockedFor(address))
                .flatMap(Optional::stream).max(Duration::compareTo).ifPresent(wait -> {
                    throw ApiException.tooManyRequests("too many failed sign-ins for this account or from this address", wait);
                });
        accounts.fail(account);
        addresses.fail(address);
    }

    private void succeeded(String account, String address) {
        accounts.clear(account);
        addresses.forgive(address);
    }
}
