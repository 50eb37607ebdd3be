package org.serviceaudit.server.problems;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything not mapped elsewhere is a bug: logged with an id, answered with that id only, so
 * no stack trace or internal detail reaches a client.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        return problem(e);
    }

    static Response problem(Throwable e) {
        String id = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error " + id, e);
        return new Problem("/problems/internal", "Internal Server Error", 500,
                "the server failed; report error id " + id, null).toResponse();
    }
}
