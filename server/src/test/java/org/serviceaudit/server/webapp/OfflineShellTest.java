package org.serviceaudit.server.webapp;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The service worker caches the files it lists, and only those: a file of the app missing from
 * the list would be missing offline, which no online test notices.
 */
class OfflineShellTest {

    private static final Path WEBAPP = Path.of("src", "main", "webapp");

    @Test
    void theServiceWorkerCachesEveryFileOfTheApp() throws IOException {
        String worker = Files.readString(WEBAPP.resolve("sw.js"));
        String list = worker.substring(worker.indexOf("const SHELL = ["), worker.indexOf("];", worker.indexOf("const SHELL = [")));
        Set<String> listed = new TreeSet<>();
        Matcher quoted = Pattern.compile("'([^']+)'").matcher(list);
        while (quoted.find()) {
            listed.add(quoted.group(1));
        }
        Set<String> files;
        try (Stream<Path> walk = Files.walk(WEBAPP)) {
            files = walk.filter(Files::isRegularFile)
                    .map(p -> WEBAPP.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("WEB-INF/") && !p.equals("sw.js"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        files.add("./");
        assertEquals(List.copyOf(files), List.copyOf(listed));
    }
}
