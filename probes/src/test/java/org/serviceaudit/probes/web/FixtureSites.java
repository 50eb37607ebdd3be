package org.serviceaudit.probes.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * The websites of the tests, on loopback: each folder of {@code web-fixtures/} is a site
 * under {@code /<folder>/}, and a few addresses misbehave on purpose — {@code /huge/} (a
 * 50 MB page), {@code /loop/a} (redirects in a circle), {@code /to-private/} (redirects to a
 * private address), {@code /pdf/} (not HTML) — plus a second port that accepts connections
 * and never answers ({@link #silentUrl()}).
 */
public final class FixtureSites implements AutoCloseable {

    static final int HUGE_BYTES = 50 * 1024 * 1024;

    private final HttpServer server;
    private final ServerSocket silent;
    private final List<Socket> held = new CopyOnWriteArrayList<>();

    public FixtureSites() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(Executors.newFixedThreadPool(32));
        server.createContext("/", this::serve);
        server.start();
        silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            try {
                while (true) {
                    held.add(silent.accept());
                }
            } catch (IOException closed) {
                // closed with the fixtures
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    String silentUrl() {
        return "http://127.0.0.1:" + silent.getLocalPort() + "/";
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        try (exchange) {
            switch (path) {
                case "/huge/" -> huge(exchange);
                case "/loop/a" -> redirect(exchange, "/loop/b");
                case "/loop/b" -> redirect(exchange, "/loop/a");
                case "/to-private/" -> redirect(exchange, "http://10.20.30.40/admin/");
                case "/pdf/" -> send(exchange, 200, "application/pdf", "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1));
                default -> file(exchange, path);
            }
        }
    }

    private static void file(HttpExchange exchange, String path) throws IOException {
        String resource = "/web-fixtures" + (path.endsWith("/") ? path + "index.html" : path);
        try (InputStream in = FixtureSites.class.getResourceAsStream(resource)) {
            if (in == null) {
                send(exchange, 404, "text/html; charset=utf-8", "<h1>Not found</h1>".getBytes(StandardCharsets.UTF_8));
            } else {
                send(exchange, 200, "text/html; charset=utf-8", in.readAllBytes());
            }
        }
    }

    private static void huge(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, HUGE_BYTES);
        byte[] chunk = "<p>Lorem ipsum dolor sit amet, filler for a page far too large to read whole.</p>\n".repeat(800)
                .getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = exchange.getResponseBody()) {
            byte[] head = "<html><body><h1>Huge</h1><a href=\"/en-jsonld/help/faq.html\">FAQ</a>\n".getBytes(StandardCharsets.UTF_8);
            out.write(head);
            long written = head.length;
            while (written < HUGE_BYTES) {
                int n = (int) Math.min(chunk.length, HUGE_BYTES - written);
                out.write(chunk, 0, n);
                written += n;
            }
        } catch (IOException clientLeft) {
            // the probe stops reading at its limit and closes the connection
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    @Override
    public void close() throws IOException {
        server.stop(0);
        silent.close();
        for (Socket s : held) {
            s.close();
        }
    }
}
