package org.serviceaudit.server.audits.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.serviceaudit.server.audits.entity.InvalidTransitionException;
import org.serviceaudit.server.problems.ApiException;

@Provider
public class InvalidTransitionMapper implements ExceptionMapper<InvalidTransitionException> {

    @Override
    public Response toResponse(InvalidTransitionException e) {
        return ApiException.conflict("invalid-transition", e.getMessage()).problem().toResponse();
    }
}
