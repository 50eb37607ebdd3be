package org.serviceaudit.server.accounts.boundary;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import org.serviceaudit.server.accounts.control.Caller;
import org.serviceaudit.server.accounts.control.SignIn;
import org.serviceaudit.server.accounts.entity.Role;
import org.serviceaudit.server.problems.ApiException;

import java.lang.reflect.Method;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Every API method declares who may call it, with {@link Allowed} (on the method or its class)
 * or {@link Public}; a method that declares neither is denied to everyone (and logged at
 * start), so a forgotten annotation fails closed.
 *
 * <p>Not signed in: 401. Signed in with a role the method does not allow: 403. Whether the
 * caller may see the particular client, location or audit is decided by the query that loads
 * it, which answers 404 when not, so that ids of other clients' data reveal nothing.
 */
@Provider
public class AccessControl implements DynamicFeature {

    private static final Logger LOG = Logger.getLogger(AccessControl.class.getName());
    private static final String OWN_PACKAGES = "org.serviceaudit.";

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        if (!resource.getResourceClass().getPackageName().startsWith(OWN_PACKAGES)) {
            return; // Jersey's own WADL and OPTIONS handlers: they reveal nothing /openapi does not
        }
        if (method.isAnnotationPresent(Public.class)) {
            return;
        }
        Allowed allowed = method.isAnnotationPresent(Allowed.class) ? method.getAnnotation(Allowed.class)
                : resource.getResourceClass().getAnnotation(Allowed.class);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (allowed == null) {
            LOG.severe(() -> method.getDeclaringClass().getSimpleName() + "." + method.getName()
                    + " declares neither @Allowed nor @Public, so it is denied to everyone");
        } else {
            roles.addAll(List.of(allowed.value()));
        }
        context.register(new RoleCheck(roles), Priorities.AUTHORIZATION);
    }

    private record RoleCheck(Set<Role> roles) implements ContainerRequestFilter {

        @Override
        public void filter(ContainerRequestContext request) {
            if (!(request.getSecurityContext().getUserPrincipal() instanceof Caller caller)) {
                Object tokenProblem = request.getProperty(BearerAuthentication.TOKEN_PROBLEM);
                if (tokenProblem != null) {
                    throw ApiException.unauthorized("invalid-token", tokenProblem.toString(), SignIn.CHALLENGE + ", error=\"invalid_token\"");
                }
                throw ApiException.unauthorized("unauthenticated", "sign in first (POST /api/sessions) and send the token as "
                        + "'Authorization: Bearer <token>'", SignIn.CHALLENGE);
            }
            if (!roles.contains(caller.role())) {
                throw ApiException.forbidden("a user with the role " + caller.role().code() + " may not " + request.getMethod()
                        + " /api/" + request.getUriInfo().getPath());
            }
        }
    }
}
