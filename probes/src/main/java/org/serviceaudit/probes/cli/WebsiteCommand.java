package org.serviceaudit.probes.cli;

import org.serviceaudit.probes.net.AddressPolicy;
import org.serviceaudit.probes.web.Topics;
import org.serviceaudit.probes.web.WebFetcher;
import org.serviceaudit.probes.web.WebsiteProbe;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** {@code probe website URL}: one website probe run, printed as JSON. */
final class WebsiteCommand {

    static final String USAGE = """
            usage: probe website URL [--allow-private] [--topics FILE.json] [--max-clicks N] [--timeout SECONDS]
              Finds the site's FAQ from its home page, reads its questions and answers, checks them
              against the topics, looks for contact details and a chat, and prints the measures
              and a 0..1 score as JSON.
              --allow-private  also connect to loopback and private addresses (refused by default)
              --topics         the client's topics: {"topic": {"en": ["phrase", …], "ru": […]}, …};
                               default the standard's (documents, premium, bulk, activation)
              --max-clicks     links followed from the home page to look for the FAQ (default 3)
              --timeout        seconds for each page, connecting and reading (default 15)
            """;

    private WebsiteCommand() {
    }

    static String run(List<String> args, Clock clock) throws Probe.UsageException, IOException {
        String url = null;
        boolean allowPrivate = false;
        Topics topics = Topics.standard();
        WebsiteProbe.Settings settings = WebsiteProbe.Settings.DEFAULT;
        int maxClicks = settings.maxClicks();
        int timeout = (int) WebFetcher.Limits.DEFAULT.timeout().toSeconds();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--allow-private" -> allowPrivate = true;
                case "--topics" -> topics = topics(Path.of(Probe.value(args, ++i, arg)));
                case "--max-clicks" -> maxClicks = number(Probe.value(args, ++i, arg), arg, 0, 10);
                case "--timeout" -> timeout = number(Probe.value(args, ++i, arg), arg, 1, 600);
                default -> {
                    if (arg.startsWith("--") || url != null) {
                        throw new Probe.UsageException("unexpected argument '" + arg + "'");
                    }
                    url = arg;
                }
            }
        }
        if (url == null) {
            throw new Probe.UsageException("website needs the site's address, e.g. https://example.com");
        }
        WebFetcher fetcher = new WebFetcher(AddressPolicy.of(allowPrivate), new WebFetcher.Limits(Duration.ofSeconds(timeout),
                WebFetcher.Limits.DEFAULT.maxBytes(), WebFetcher.Limits.DEFAULT.maxRedirects()), clock);
        WebsiteProbe.Settings chosen = new WebsiteProbe.Settings(maxClicks, settings.maxPages(), settings.findableClicks(),
                settings.minPairs(), settings.maxLix(), settings.maxLixCyrillic(), topics);
        return new WebsiteProbe(fetcher, chosen).run(url).toJson().toString();
    }

    private static Topics topics(Path file) throws Probe.UsageException, IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return Topics.read(reader);
        } catch (IllegalArgumentException e) {
            throw new Probe.UsageException("--topics " + file + ": " + e.getMessage());
        }
    }

    private static int number(String value, String option, int min, int max) throws Probe.UsageException {
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new Probe.UsageException(option + " must be a whole number from " + min + " to " + max);
    }
}
