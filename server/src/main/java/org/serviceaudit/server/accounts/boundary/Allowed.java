package org.serviceaudit.server.accounts.boundary;

import org.serviceaudit.server.accounts.entity.Role;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles that may call an API method (on the method, or on its class for every method that
 * says nothing itself). {@link AccessControl} enforces it.
 *
 * <p>Our own annotation rather than {@code @RolesAllowed}: Payara acts on that one itself, asking
 * the servlet container for BASIC authentication, which knows nothing of our bearer tokens and
 * answered even {@code @Public} methods of such a class with an HTML 401.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Allowed {
    Role[] value();
}
