package org.serviceaudit.server.probes.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.serviceaudit.probes.email.MailServer;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * A mailbox the mystery customer writes from and reads the replies in: its SMTP server to
 * send, its IMAP server and folder to watch, one account for both. The password is kept only
 * as a secret sealed by {@code SecretBox}; the entity never holds it in clear.
 */
@Entity
@Table(name = "probe_mailbox")
public class Mailbox {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "probe_seq")
    @SequenceGenerator(name = "probe_seq", sequenceName = "probe_seq", allocationSize = 50)
    private long id;

    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String address;
    @Column(name = "smtp_host", nullable = false)
    private String smtpHost;
    @Column(name = "smtp_port", nullable = false)
    private int smtpPort;
    @Enumerated(EnumType.STRING)
    @Column(name = "smtp_security", nullable = false)
    private MailServer.Security smtpSecurity;
    @Column(name = "imap_host", nullable = false)
    private String imapHost;
    @Column(name = "imap_port", nullable = false)
    private int imapPort;
    @Enumerated(EnumType.STRING)
    @Column(name = "imap_security", nullable = false)
    private MailServer.Security imapSecurity;
    @Column(name = "imap_folder", nullable = false)
    private String imapFolder;
    private String username;
    @Column(name = "password_secret")
    private String passwordSecret;
    @Column(name = "plus_addressing", nullable = false)
    private boolean plusAddressing;
    // Written only by bulk updates (see EmailRuns), which move it forward whatever this instance holds.
    @Column(name = "uid_validity", nullable = false)
    private long uidValidity;
    @Column(name = "last_uid", nullable = false)
    private long lastUid;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;
    @Version
    @Column(name = "row_version")
    private long version;

    protected Mailbox() {
    }

    public Mailbox(Settings settings, String passwordSecret, Instant createdAt) {
        this.createdAt = createdAt.atOffset(ZoneOffset.UTC);
        update(settings);
        this.passwordSecret = passwordSecret;
    }

    /** What staff set; the password travels separately, already sealed. */
    public record Settings(String name, String address, Server smtp, Server imap, String imapFolder, String username,
                           boolean plusAddressing) {
    }

    public record Server(String host, int port, MailServer.Security security) {
    }

    /** Changing where the mailbox is read restarts the watch from the folder's current end. */
    public void update(Settings settings) {
        boolean moved = imapHost != null && !(settings.imap().host().equals(imapHost) && settings.imap().port() == imapPort
                && settings.imapFolder().equals(imapFolder) && java.util.Objects.equals(settings.username(), username));
        this.name = settings.name();
        this.address = settings.address();
        this.smtpHost = settings.smtp().host();
        this.smtpPort = settings.smtp().port();
        this.smtpSecurity = settings.smtp().security();
        this.imapHost = settings.imap().host();
        this.imapPort = settings.imap().port();
        this.imapSecurity = settings.imap().security();
        this.imapFolder = settings.imapFolder();
        this.username = settings.username();
        this.plusAddressing = settings.plusAddressing();
        if (moved) {
            uidValidity = 0;
            lastUid = 0;
        }
    }

    public void sealPassword(String secret) {
        this.passwordSecret = secret;
    }

    public boolean positioned() {
        return uidValidity != 0;
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String address() {
        return address;
    }

    public Server smtp() {
        return new Server(smtpHost, smtpPort, smtpSecurity);
    }

    public Server imap() {
        return new Server(imapHost, imapPort, imapSecurity);
    }

    public String imapFolder() {
        return imapFolder;
    }

    public Optional<String> username() {
        return Optional.ofNullable(username);
    }

    public Optional<String> passwordSecret() {
        return Optional.ofNullable(passwordSecret);
    }

    public boolean plusAddressing() {
        return plusAddressing;
    }

    public long uidValidity() {
        return uidValidity;
    }

    public long lastUid() {
        return lastUid;
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }
}
