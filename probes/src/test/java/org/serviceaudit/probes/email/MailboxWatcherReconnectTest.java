package org.serviceaudit.probes.email;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The connection to the mail server is cut (a TCP relay between watcher and server drops it,
 * as a network or a server restart would): the watcher reconnects by itself and goes on where
 * it stopped, neither missing nor repeating a message.
 */
class MailboxWatcherReconnectTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.IMAP);

    /** Relays TCP connections on loopback to the mail server, and can cut them all. */
    static final class Relay implements AutoCloseable {
        private final ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final List<Socket> open = new CopyOnWriteArrayList<>();

        Relay(int target) throws IOException {
            Thread accept = new Thread(() -> {
                while (!listener.isClosed()) {
                    try {
                        Socket client = listener.accept();
                        Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
                        open.add(client);
                        open.add(server);
                        pump(client, server);
                        pump(server, client);
                    } catch (IOException closed) {
                        return;
                    }
                }
            }, "relay");
            accept.setDaemon(true);
            accept.start();
        }

        int port() {
            return listener.getLocalPort();
        }

        private void pump(Socket from, Socket to) {
            Thread t = new Thread(() -> {
                try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                    in.transferTo(out);
                } catch (IOException cut) {
                    // the other side went away
                } finally {
                    close(from);
                    close(to);
                }
            }, "relay-pump");
            t.setDaemon(true);
            t.start();
        }

        void cutAll() {
            open.forEach(Relay::close);
            open.clear();
        }

        private static void close(Socket s) {
            try {
                s.close();
            } catch (IOException ignored) {
                // already closed
            }
        }

        @Override
        public void close() throws IOException {
            listener.close();
            cutAll();
        }
    }

    private static void deliver(String subject) throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(Messages.baseProperties()));
        m.setFrom(new InternetAddress("shop@shop.test"));
        m.setSubject(subject);
        m.setText("text");
        try (Store store = Session.getInstance(Messages.baseProperties()).getStore("imap")) {
            store.connect("127.0.0.1", mail.getImap().getPort(), "probe@probe.test", "secret");
            store.getFolder("INBOX").appendMessages(new Message[]{m});
        }
    }

    @Test
    void aCutConnectionIsReestablishedAndTheWatchGoesOn() throws Exception {
        mail.setUser("probe@probe.test", "probe@probe.test", "secret");
        LinkedBlockingQueue<String> subjects = new LinkedBlockingQueue<>();
        try (Relay relay = new Relay(mail.getImap().getPort());
             MailboxWatcher watcher = new MailboxWatcher(new MailServer("127.0.0.1", relay.port(), MailServer.Security.PLAIN,
                     "probe@probe.test", "secret", Duration.ofSeconds(5)), "INBOX", 0, 0, Duration.ofSeconds(1), received -> {
                 try {
                     subjects.add(received.message().getSubject());
                 } catch (Exception e) {
                     subjects.add("unreadable");
                 }
             })) {
            watcher.start();
            deliver("before");
            assertEquals("before", subjects.poll(30, TimeUnit.SECONDS));

            relay.cutAll();
            deliver("while cut");
            deliver("after");
            assertEquals("while cut", subjects.poll(60, TimeUnit.SECONDS), "the message that came while the connection was down");
            assertEquals("after", subjects.poll(30, TimeUnit.SECONDS));
            assertEquals(null, subjects.poll(2, TimeUnit.SECONDS), "nothing handed over twice");
        }
    }
}
