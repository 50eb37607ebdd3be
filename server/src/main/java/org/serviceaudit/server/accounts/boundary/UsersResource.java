package org.serviceaudit.server.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;
import org.serviceaudit.server.accounts.control.Caller;
import org.serviceaudit.server.accounts.control.PasswordRules;
import org.serviceaudit.server.accounts.control.Passwords;
import org.serviceaudit.server.accounts.control.Tokens;
import org.serviceaudit.server.accounts.entity.Role;
import org.serviceaudit.server.accounts.entity.User;
import org.serviceaudit.server.clients.entity.Client;
import org.serviceaudit.server.history.control.ChangeLog;
import org.serviceaudit.server.platform.Entities;
import org.serviceaudit.server.platform.Listing;
import org.serviceaudit.server.platform.Page;
import org.serviceaudit.server.platform.PageRequest;
import org.serviceaudit.server.platform.QueryParameters;
import org.serviceaudit.server.problems.ApiException;
import org.serviceaudit.server.problems.FieldErrors;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Admins create, list, disable and enable users and set their passwords. */
@Path("users")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(Role.ADMIN)
public class UsersResource {

    /** Lower-case letters, digits and . _ @ - (so an e-mail address works), 3 to 64 characters. */
    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,63}");
    static final int MAX_NAME = 200;

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
    @Context
    SecurityContext security;

    @GET
    public Page<UserView> list(@QueryParam("role") String role, @QueryParam("clientId") String clientId,
                               @QueryParam("enabled") String enabled, @QueryParam("page") String page, @QueryParam("size") String size) {
        QueryParameters params = new QueryParameters();
        Map<String, Object> filters = new LinkedHashMap<>();
        params.parse("role", role, r -> Role.fromCode(r).orElseThrow(IllegalArgumentException::new), "must be admin, auditor or manager")
                .ifPresent(v -> filters.put("u.role = :role", v));
        params.id("clientId", clientId).ifPresent(v -> filters.put("u.clientId = :clientId", v));
        params.parse("enabled", enabled, QueryParameters::bool, "must be true or false").ifPresent(v -> filters.put("u.enabled = :enabled", v));
        params.throwIfAny();
        return Listing.page(em, User.class, "User u", "", filters, "u.username", PageRequest.of(page, size), UserView::of);
    }

    @POST
    public Response create(UserRequest request) {
        FieldErrors.requireBody(request);
        String username = request.username() == null ? null : User.normalize(request.username());
        Optional<Role> role = Optional.ofNullable(request.role()).flatMap(Role::fromCode);
        FieldErrors errors = new FieldErrors()
                .required("/username", username)
                .check("/username", username, u -> USERNAME.matcher(u).matches(),
                        "must be 3 to 64 characters: letters a-z, digits, '.', '_', '@' or '-', starting with a letter or digit")
                .text("/displayName", request.displayName(), MAX_NAME, true)
                .required("/role", request.role())
                .check("/role", request.role(), r -> role.isPresent(), "must be admin, auditor or manager")
                .required("/password", request.password());
        if (role.isPresent() && (role.get() == Role.MANAGER) != (request.clientId() != null)) {
            errors.add("/clientId", role.get() == Role.MANAGER ? "is required for a manager" : "is only for managers; leave it out");
        } else if (request.clientId() != null && em.find(Client.class, request.clientId()) == null) {
            errors.add("/clientId", "no client with id " + request.clientId());
        }
        if (request.password() != null) {
            PasswordRules.problems(request.password(), username).forEach(p -> errors.add("/password", p));
        }
        errors.throwIfAny("the user is not valid");
        User user = new User(username, request.displayName().strip(), role.get(), Optional.ofNullable(request.clientId()),
                passwords.hash(request.password()), clock.instant());
        em.persist(user);
        Entities.flushUnique(em, "duplicate-user", "a user named '" + username + "' exists already");
        changes.record(Caller.of(security), "user.created", "user", user.id(), role.get().code());
        return Response.created(UriBuilder.fromResource(UsersResource.class).path("{id}").build(user.id()))
                .entity(UserView.of(user)).build();
    }

    @GET
    @Path("{id}")
    public UserView get(@PathParam("id") long id) {
        return UserView.of(Entities.require(em, User.class, id, "user"));
    }

    /** Disables the account and revokes its tokens at once; its audits stay assigned until reassigned. */
    @POST
    @Path("{id}/disable")
    public UserView disable(@PathParam("id") long id) {
        Caller caller = Caller.of(security);
        User user = Entities.require(em, User.class, id, "user");
        if (user.id() == caller.userId()) {
            throw ApiException.conflict("own-account", "you cannot disable your own account; another admin can");
        }
        if (user.enabled()) {
            user.disable();
            tokens.revokeAll(user);
            changes.record(caller, "user.disabled", "user", user.id());
        }
        return UserView.of(user);
    }

    @POST
    @Path("{id}/enable")
    public UserView enable(@PathParam("id") long id) {
        User user = Entities.require(em, User.class, id, "user");
        if (!user.enabled()) {
            user.enable();
            changes.record(Caller.of(security), "user.enabled", "user", user.id());
        }
        return UserView.of(user);
    }

    /** Sets a new password (the user forgot theirs); every session of the user is signed out. */
    @PUT
    @Path("{id}/password")
    public UserView resetPassword(@PathParam("id") long id, PasswordResetRequest request) {
        FieldErrors.requireBody(request);
        User user = Entities.require(em, User.class, id, "user");
        FieldErrors errors = new FieldErrors().required("/password", request.password());
        if (request.password() != null) {
            PasswordRules.problems(request.password(), user.username()).forEach(p -> errors.add("/password", p));
        }
        errors.throwIfAny("the password was not set");
        user.changePassword(passwords.hash(request.password()), clock.instant());
        tokens.revokeAll(user);
        changes.record(Caller.of(security), "user.password-reset", "user", user.id());
        return UserView.of(user);
    }
}
