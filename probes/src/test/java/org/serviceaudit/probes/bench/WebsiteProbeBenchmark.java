package org.serviceaudit.probes.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.jsoup.Jsoup;
import org.serviceaudit.probes.net.AddressPolicy;
import org.serviceaudit.probes.web.WebFetcher;
import org.serviceaudit.probes.web.WebsiteProbe;
import org.serviceaudit.probes.web.WebsiteResult;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Website probe throughput: N local fixture sites (home, FAQ and contact page each, on one
 * loopback HTTP server) probed with T at once, against a bare jsoup fetch-and-parse of the
 * same pages with as many threads, in the same run: the ceiling the probe's own work
 * (address checks, FAQ search and extraction, detection, scoring) is measured against.
 * Rounds alternate the two so that both see the same machine state.
 * Run: {@code mvn -Pbench -pl probes verify -DskipTests} (args: sites, threads, rounds).
 */
public final class WebsiteProbeBenchmark {

    public static void main(String[] args) throws Exception {
        int sites = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        System.out.printf(Locale.ROOT, "ServiceAudit website probe benchmark: %,d sites, %d at once, %d rounds, %d cores, Java %s%n",
                sites, threads, rounds, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        server.setExecutor(Executors.newFixedThreadPool(threads * 2));
        server.createContext("/", WebsiteProbeBenchmark::serve);
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        WebsiteProbe probe = new WebsiteProbe(new WebFetcher(AddressPolicy.PUBLIC_AND_LOOPBACK, WebFetcher.Limits.DEFAULT,
                Clock.systemUTC()), WebsiteProbe.Settings.DEFAULT);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            WebsiteResult sample = probe.run(base + "/s/0/");
            System.out.printf(Locale.ROOT, "one site: %d pages fetched by the probe, %d FAQ pairs, score %.2f%n",
                    sample.visited().size() + 1, sample.faq().orElseThrow().pairs().size(), sample.score());
            run(pool, Math.min(sites, 300), i -> probe.run(base + "/s/" + i + "/"));
            run(pool, Math.min(sites, 300), i -> bare(base, i));
            double[] ratios = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                double probed = run(pool, sites, i -> {
                    if (!probe.run(base + "/s/" + i + "/").reachable()) {
                        throw new IllegalStateException("site " + i + " unreachable");
                    }
                });
                double ceiling = run(pool, sites, i -> bare(base, i));
                ratios[r] = probed / ceiling;
                System.out.printf(Locale.ROOT, "round %d: probe %.0f sites/s, bare jsoup %.0f sites/s: %.1f%% of the ceiling%n",
                        r + 1, probed, ceiling, 100 * ratios[r]);
            }
            Arrays.sort(ratios);
            System.out.printf(Locale.ROOT, "median: %.1f%% of the ceiling (target at least 90%%)%n", 100 * ratios[rounds / 2]);
        } finally {
            pool.shutdownNow();
            server.stop(0);
        }
    }

    interface Site {
        void visit(int i) throws Exception;
    }

    /** Sites per second over all sites. */
    private static double run(ExecutorService pool, int sites, Site site) throws Exception {
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < sites; i++) {
            int n = i;
            done.add(pool.submit(() -> {
                site.visit(n);
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        return sites / ((System.nanoTime() - start) / 1e9);
    }

    /** The pages the probe fetches for one site, fetched and parsed, and nothing else. */
    private static void bare(String base, int i) throws IOException {
        for (String page : List.of("/s/" + i + "/", "/s/" + i + "/faq", "/s/" + i + "/contact")) {
            Jsoup.connect(base + page).get();
        }
    }

    private static final byte[] HOME = page("""
            <header><nav><a href="./">Home</a> <a href="products">Products</a> <a href="faq">FAQ</a> <a href="contact">Contact us</a></nav></header>
            <main><h1>Software for small shops</h1><p>Call us on <a href="tel:+4681234567">+46 8 123 45 67</a>.</p>
            """ + "<section><h2>Why us</h2><p>We have sold programs to small shops since 1998. Our support answers within an hour.</p></section>\n"
            .repeat(60) + "</main><script async src=\"https://widget.intercom.io/widget/abc123\"></script>");
    private static final byte[] FAQ = page("<h1>Frequently asked questions</h1>\n" + String.join("\n", List.of(
            "<details><summary>Which documents do I need to buy?</summary><p>A company buys with its registration certificate.</p></details>",
            "<details><summary>What is the difference between Standard and Premium?</summary><p>Premium adds phone support.</p></details>",
            "<details><summary>Do you give discounts for large orders?</summary><p>From ten licences a volume discount of 15 percent.</p></details>",
            "<details><summary>How do I activate the program?</summary><p>Type the key from your e-mail; it is activated at once.</p></details>"))
            + "\n" + "<details><summary>Can I pay by invoice, and when is it due?</summary><p>Companies pay by invoice within 30 days of the order.</p></details>\n"
            .repeat(20));
    private static final byte[] CONTACT = page("<h1>Contact us</h1><p>Write to <a href=\"mailto:hello@shop.test\">hello@shop.test</a>.</p>"
            + "<address>Storgatan 1, Stockholm</address>");
    private static final byte[] MISSING = "<h1>Not found</h1>".getBytes(StandardCharsets.UTF_8);

    private static byte[] page(String body) {
        return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Shop</title></head><body>" + body + "</body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        byte[] body = path.endsWith("/faq") ? FAQ : path.endsWith("/contact") ? CONTACT : path.endsWith("/") ? HOME : MISSING;
        try (exchange) {
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(body == MISSING ? 404 : 200, body.length);
            exchange.getResponseBody().write(body);
        }
    }
}
