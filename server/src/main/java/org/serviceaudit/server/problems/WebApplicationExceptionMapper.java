package org.serviceaudit.server.problems;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** What JAX-RS itself refuses (no such path, wrong method, wrong content type), as a problem. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uri;
    @Context
    HttpHeaders headers;
    @Context
    Request request;

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            return UnexpectedExceptionMapper.problem(e);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Client error" : known.getReasonPhrase();
        Response.ResponseBuilder response = Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", title, status, detail(e, original), null));
        if (!original.getAllowedMethods().isEmpty()) {
            response.allow(original.getAllowedMethods());
        }
        return response.build();
    }

    private String detail(WebApplicationException e, Response original) {
        String path = uri.getRequestUri().getPath();
        if (e instanceof NotFoundException) {
            return "nothing at " + path;
        }
        if (e instanceof NotAllowedException) {
            return request.getMethod() + " is not allowed on " + path + "; allowed: " + String.join(", ", original.getAllowedMethods());
        }
        if (e instanceof NotSupportedException) {
            return "the body must be application/json, not " + (headers.getMediaType() == null ? "missing" : headers.getMediaType());
        }
        if (e instanceof BadRequestException) {
            return "the request body is missing or is not JSON of the expected shape";
        }
        if (e instanceof NotAcceptableException) {
            return "this resource answers with application/json; the request accepts only " + headers.getAcceptableMediaTypes();
        }
        return e.getMessage();
    }
}
