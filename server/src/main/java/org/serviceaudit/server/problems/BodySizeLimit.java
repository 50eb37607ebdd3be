package org.serviceaudit.server.problems;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses request bodies larger than {@code serviceaudit.request.max-bytes} (default 16 MiB)
 * with a 413 problem: at once when the declared length is too large, and while reading when
 * a chunked body grows past it, so no request can make the server buffer without bound.
 */
@Provider
@PreMatching
public class BodySizeLimit implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "serviceaudit.request.max-bytes", defaultValue = "16777216")
    long maxBytes;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > maxBytes) {
            throw tooLarge(maxBytes);
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Limited(request.getEntityStream(), maxBytes));
        }
    }

    static WebApplicationException tooLarge(long maxBytes) {
        return new WebApplicationException("the request body is larger than the " + maxBytes + " bytes accepted",
                Response.Status.REQUEST_ENTITY_TOO_LARGE);
    }

    private static final class Limited extends FilterInputStream {
        private final long max;
        private long read;

        Limited(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > max) {
                throw tooLarge(max);
            }
        }
    }
}
