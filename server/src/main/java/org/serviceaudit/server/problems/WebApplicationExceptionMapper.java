package org.serviceaudit.server.problems;

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
        Response.ResponseBuilder response = Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(Problem.ofStatus(status, detail(e, original)));
        if (!original.getAllowedMethods().isEmpty()) {
            response.allow(original.getAllowedMethods());
        }
        return response.build();
    }

    /** By status, not exception type: Jersey reports some of these with plain WebApplicationExceptions. */
    private String detail(WebApplicationException e, Response original) {
        String path = uri.getRequestUri().getPath();
        return switch (original.getStatus()) {
            case 404 -> "nothing at " + path;
            case 405 -> request.getMethod() + " is not allowed on " + path + "; allowed: " + String.join(", ", original.getAllowedMethods());
            case 415 -> "this resource does not take a body of type " + (headers.getMediaType() == null ? "(none given)" : headers.getMediaType())
                    + (path.endsWith("/photos") ? "; a photo is image/jpeg or image/png" : "; it takes application/json");
            case 406 -> "this resource answers with application/json; the request accepts only " + headers.getAcceptableMediaTypes();
            case 400 -> e.getMessage() == null || e.getMessage().startsWith("HTTP 400")
                    ? "the request body is missing or is not JSON of the expected shape" : e.getMessage();
            default -> e.getMessage();
        };
    }
}
