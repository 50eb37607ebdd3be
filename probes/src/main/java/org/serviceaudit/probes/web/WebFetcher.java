package org.serviceaudit.probes.web;

import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.serviceaudit.probes.net.AddressPolicy;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Fetches a web page as a probe must: with an honest User-Agent, a time limit, a size limit
 * whose cut is reported, a redirect limit, HTML only, and never to an address the
 * {@link AddressPolicy} refuses. Redirects are followed here, one hop at a time, so that the
 * address of every hop is checked (jsoup would follow a redirect to 127.0.0.1 silently).
 */
public final class WebFetcher {

    public static final String USER_AGENT = "ServiceAudit-WebsiteProbe/0.1 (service-quality check; +https://github.com/serviceaudit)";

    /**
     * @param timeout      the whole of one request: connecting and reading the response (jsoup's
     *                     total timeout); default 15 s
     * @param maxBytes     the most of a page that is read; a longer page is cut and reported; default 5 MiB
     * @param maxRedirects redirects followed for one page; default 5
     */
    public record Limits(Duration timeout, int maxBytes, int maxRedirects) {
        public static final Limits DEFAULT = new Limits(Duration.ofSeconds(15), 5 * 1024 * 1024, 5);
    }

    /** Why a page could not be had. */
    public enum Failure {
        BAD_ADDRESS, UNKNOWN_HOST, REFUSED_ADDRESS, TIMEOUT, CONNECTION, HTTP_STATUS, REDIRECT_LOOP, TOO_MANY_REDIRECTS, NOT_HTML;

        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public static final class FetchException extends Exception {
        private final Failure failure;
        private final String url;

        FetchException(Failure failure, String url, String message) {
            super(message);
            this.failure = failure;
            this.url = url;
        }

        public Failure failure() {
            return failure;
        }

        public String url() {
            return url;
        }
    }

    /**
     * A page as fetched.
     *
     * @param url       the address asked for
     * @param finalUrl  the address of the page after redirects
     * @param redirects the addresses redirected through, in order
     * @param truncated the page was longer than the size limit and was cut there
     * @param millis    from the first request to the parsed page
     */
    public record Page(String url, String finalUrl, List<String> redirects, int status, String contentType, int bytes,
                       boolean truncated, long millis, Document document) {
    }

    private final AddressPolicy addresses;
    private final Limits limits;
    private final Clock clock;

    public WebFetcher(AddressPolicy addresses, Limits limits, Clock clock) {
        this.addresses = Objects.requireNonNull(addresses);
        this.limits = Objects.requireNonNull(limits);
        this.clock = clock;
    }

    public AddressPolicy addresses() {
        return addresses;
    }

    public Page fetch(String url) throws FetchException {
        long started = clock.millis();
        List<String> redirects = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        String current = url;
        while (true) {
            URI uri = checked(current);
            if (!seen.add(uri.toString())) {
                throw new FetchException(Failure.REDIRECT_LOOP, url, "redirect loop: " + String.join(" → ", seen) + " → " + uri);
            }
            Connection.Response response = request(uri, url);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && response.hasHeader("Location")) {
                if (redirects.size() >= limits.maxRedirects()) {
                    throw new FetchException(Failure.TOO_MANY_REDIRECTS, url, "more than " + limits.maxRedirects() + " redirects from " + url);
                }
                String next = uri.resolve(response.header("Location").strip()).toString();
                redirects.add(next);
                current = next;
                continue;
            }
            if (status >= 400) {
                throw new FetchException(Failure.HTTP_STATUS, url, "HTTP " + status + " " + response.statusMessage() + " from " + uri);
            }
            String type = response.contentType() == null ? "" : response.contentType().toLowerCase(Locale.ROOT);
            if (!(type.startsWith("text/html") || type.startsWith("application/xhtml+xml") || type.isEmpty())) {
                throw new FetchException(Failure.NOT_HTML, url, uri + " is " + response.contentType() + ", not an HTML page");
            }
            try {
                byte[] body = response.bodyAsBytes();
                Document document = response.parse();
                return new Page(url, uri.toString(), List.copyOf(redirects), status, response.contentType(), body.length,
                        response.isTruncated(), clock.millis() - started, document);
            } catch (IOException | RuntimeException e) {
                throw failure(e, url, uri);
            }
        }
    }

    private URI checked(String url) throws FetchException {
        URI uri;
        try {
            uri = new URI(url.strip()).normalize();
        } catch (URISyntaxException e) {
            throw new FetchException(Failure.BAD_ADDRESS, url, "'" + url + "' is not a web address: " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new FetchException(Failure.BAD_ADDRESS, url, "'" + url + "' is not an http or https address with a host");
        }
        try {
            addresses.resolve(uri.getHost());
        } catch (AddressPolicy.RefusedAddressException e) {
            throw new FetchException(Failure.REFUSED_ADDRESS, url, e.getMessage());
        } catch (UnknownHostException e) {
            throw new FetchException(Failure.UNKNOWN_HOST, url, "the host " + uri.getHost() + " is not known (DNS)");
        }
        return uri;
    }

    private Connection.Response request(URI uri, String asked) throws FetchException {
        try {
            return Jsoup.connect(uri.toString())
                    .userAgent(USER_AGENT)
                    .timeout(Math.toIntExact(limits.timeout().toMillis()))
                    .maxBodySize(limits.maxBytes())
                    .followRedirects(false)
                    .ignoreHttpErrors(true)
                    .ignoreContentType(true)
                    .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1")
                    .execute();
        } catch (IOException | RuntimeException e) {
            throw failure(e, asked, uri);
        }
    }

    private FetchException failure(Exception e, String asked, URI uri) {
        if (e instanceof SocketTimeoutException || e instanceof HttpTimeoutException) {
            return new FetchException(Failure.TIMEOUT, asked, uri + " did not answer within " + limits.timeout().toSeconds() + " s");
        }
        if (e instanceof MalformedURLException || e instanceof IllegalArgumentException) {
            return new FetchException(Failure.BAD_ADDRESS, asked, uri + ": " + e.getMessage());
        }
        return new FetchException(Failure.CONNECTION, asked, uri + ": " + e.getClass().getSimpleName() + (e.getMessage() == null ? ""
                : ": " + e.getMessage()));
    }
}
