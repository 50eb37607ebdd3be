package org.serviceaudit.server.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.serviceaudit.server.accounts.control.Caller;
import org.serviceaudit.server.accounts.control.PasswordRules;
import org.serviceaudit.server.accounts.control.Passwords;
import org.serviceaudit.server.accounts.control.SignIn;
import org.serviceaudit.server.accounts.control.Tokens;
import org.serviceaudit.server.accounts.entity.Role;
import org.serviceaudit.server.accounts.entity.User;
import org.serviceaudit.server.history.control.ChangeLog;
import org.serviceaudit.server.platform.Entities;
import org.serviceaudit.server.problems.FieldErrors;

import java.time.Clock;

/** The signed-in user's own account: the one thing a manager may change is their password. */
@Path("me")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed({Role.ADMIN, Role.AUDITOR, Role.MANAGER})
public class MeResource {

    @PersistenceContext
    EntityManager em;
    @Inject
    SignIn signIn;
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
    @Context
    HttpServletRequest http;

    @GET
    public UserView get() {
        return UserView.of(Entities.require(em, User.class, Caller.of(security).userId(), "user"));
    }

    /** Changes the password; every other session of the user is signed out, this one stays. */
    @PUT
    @Path("password")
    public Response changePassword(PasswordChangeRequest request) {
        FieldErrors.requireBody(request);
        Caller caller = Caller.of(security);
        User user = Entities.require(em, User.class, caller.userId(), "user");
        FieldErrors errors = new FieldErrors().required("/currentPassword", request.currentPassword()).required("/newPassword", request.newPassword());
        errors.throwIfAny("the password change needs the current and the new password");
        if (!signIn.confirms(user, request.currentPassword(), http.getRemoteAddr())) {
            errors.add("/currentPassword", "is not the current password");
        }
        PasswordRules.problems(request.newPassword(), user.username()).forEach(p -> errors.add("/newPassword", p));
        errors.throwIfAny("the password was not changed");
        user.changePassword(passwords.hash(request.newPassword()), clock.instant());
        tokens.revokeAllBut(user, caller.tokenHash());
        changes.record(caller, "user.password-changed", "user", user.id());
        return Response.noContent().build();
    }
}
