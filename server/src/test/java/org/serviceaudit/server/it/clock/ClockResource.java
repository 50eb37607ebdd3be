package org.serviceaudit.server.it.clock;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.serviceaudit.server.accounts.boundary.Allowed;
import org.serviceaudit.server.accounts.entity.Role;

import java.time.Duration;

/** Test only: {@code PUT /api/test-clock/offset} with an ISO-8601 duration such as {@code P4D} moves the server's time. */
@Path("test-clock")
@RequestScoped
public class ClockResource {

    @PUT
    @Path("offset")
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.TEXT_PLAIN)
    @Allowed(Role.ADMIN)
    public String offset(String duration) {
        AdjustableClock.OFFSET.set(Duration.parse(duration.strip()));
        return AdjustableClock.OFFSET.get().toString();
    }
}
