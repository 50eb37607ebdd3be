package org.serviceaudit.server.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;
import org.serviceaudit.server.accounts.control.Caller;
import org.serviceaudit.server.accounts.control.SignIn;
import org.serviceaudit.server.accounts.control.Tokens;
import org.serviceaudit.server.accounts.entity.Role;
import org.serviceaudit.server.problems.FieldErrors;

/** Sign-in (a new bearer token) and sign-out (that token revoked). */
@Path("sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionsResource {

    /** Longer than any valid username or password, short enough that a huge body costs nothing. */
    static final int MAX_CREDENTIAL = 1_000;

    @Inject
    SignIn signIn;
    @Inject
    Tokens tokens;
    @Context
    HttpServletRequest http;
    @Context
    SecurityContext security;

    @POST
    @Public
    public Response signIn(SignInRequest request) {
        FieldErrors.requireBody(request);
        new FieldErrors()
                .text("/username", request.username(), MAX_CREDENTIAL, true)
                .required("/password", request.password())
                .check("/password", request.password(), p -> p.length() <= MAX_CREDENTIAL, "is too long")
                .throwIfAny("the sign-in needs a username and a password");
        SignIn.Session session = signIn.signIn(request.username(), request.password(), http.getRemoteAddr());
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.created(UriBuilder.fromResource(SessionsResource.class).path("current").build())
                .cacheControl(noStore)
                .entity(new SessionView(session.token(), "Bearer", session.expiresAt(), UserView.of(session.user()))).build();
    }

    /** Signs out: the token of this request stops working at once. */
    @DELETE
    @Path("current")
    @Allowed({Role.ADMIN, Role.AUDITOR, Role.MANAGER})
    @Transactional
    public Response signOut() {
        tokens.revoke(Caller.of(security).tokenHash());
        return Response.noContent().build();
    }
}
