package org.serviceaudit.server.audits.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.serviceaudit.server.accounts.control.Caller;
import org.serviceaudit.server.audits.entity.Audit;
import org.serviceaudit.server.audits.entity.AuditStatus;
import org.serviceaudit.server.platform.Database;
import org.serviceaudit.server.platform.Entities;
import org.serviceaudit.server.problems.ApiException;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An audit's photos: JPEG or PNG, checked to be what they say and not too large, named by the
 * SHA-256 of their bytes so that an upload retried after a lost answer is the same photo.
 * A photo item's answer is that name.
 */
@ApplicationScoped
@Transactional
public class Photos {

    public static final Map<String, String> TYPES = Map.of("image/jpeg", "JPEG", "image/png", "png");

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "serviceaudit.photos.max-bytes", defaultValue = "10485760")
    long maxBytes;
    @Inject
    @ConfigProperty(name = "serviceaudit.photos.max-pixels", defaultValue = "40000000")
    long maxPixels;

    /** A stored photo, without its bytes. */
    public record Photo(long auditId, String id, String contentType, int width, int height, long size, Instant uploadedAt) {
    }

    /** @param created false: this photo was stored already (a retried upload) */
    public record Stored(Photo photo, boolean created) {
    }

    /**
     * Stores a photo of an audit the caller may fill in: while it is assigned or returned.
     * The same bytes again are the same photo, whatever the audit's state by then.
     */
    public Stored store(Audit audit, Caller caller, String contentType, byte[] bytes) {
        if (bytes.length > maxBytes) {
            throw ApiException.tooLarge("the photo is " + bytes.length + " bytes; at most " + maxBytes + " are accepted (downscale it first)");
        }
        int[] size = dimensions(contentType, bytes);
        String id = sha256(bytes);
        Optional<Photo> known = find(audit.id(), id);
        if (known.isPresent()) {
            return new Stored(known.get(), false);
        }
        if (audit.status() != AuditStatus.ASSIGNED && audit.status() != AuditStatus.RETURNED) {
            throw ApiException.conflict("audit-closed", "audit " + audit.id() + " is " + audit.status().name().toLowerCase(java.util.Locale.ROOT)
                    + "; photos can be added while it is assigned or returned");
        }
        if ((long) size[0] * size[1] > maxPixels) {
            throw ApiException.invalid("the photo is " + size[0] + " × " + size[1] + " pixels; at most " + maxPixels + " pixels are accepted",
                    List.of());
        }
        Instant now = clock.instant();
        try {
            Entities.nativeUpdate(em, "INSERT INTO audit_photo (audit_id, id, content_type, width, height, size, data, uploaded_by, uploaded_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", audit.id(), id, contentType, size[0], size[1], (long) bytes.length, bytes,
                    caller.userId(), now.atOffset(ZoneOffset.UTC));
        } catch (jakarta.persistence.PersistenceException e) {
            if (Database.isUniqueViolation(e)) {
                // The same photo, sent twice at once: the other request stored it.
                throw ApiException.conflict("photo-uploading", "photo " + id + " is being stored by another request; send it again");
            }
            throw e;
        }
        return new Stored(new Photo(audit.id(), id, contentType, size[0], size[1], bytes.length, now), true);
    }

    public List<Photo> list(long auditId) {
        return Entities.nativeRows(em, "SELECT audit_id, id, content_type, width, height, size, uploaded_at FROM audit_photo"
                + " WHERE audit_id = ? ORDER BY uploaded_at, id", auditId).stream().map(r -> photo((Object[]) r)).toList();
    }

    public Optional<Photo> find(long auditId, String id) {
        return Entities.nativeRows(em, "SELECT audit_id, id, content_type, width, height, size, uploaded_at FROM audit_photo"
                + " WHERE audit_id = ? AND id = ?", auditId, id).stream().findFirst().map(r -> photo((Object[]) r));
    }

    public Optional<byte[]> bytes(long auditId, String id) {
        return Entities.nativeRows(em, "SELECT data FROM audit_photo WHERE audit_id = ? AND id = ?", auditId, id).stream().findFirst()
                .map(b -> (byte[]) b);
    }

    /** Width and height, read from the image's header by the JDK's own decoder; a body that is not such an image is a 422. */
    private static int[] dimensions(String contentType, byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            while (readers.hasNext()) {
                ImageReader reader = readers.next();
                try {
                    if (!reader.getFormatName().equalsIgnoreCase(TYPES.get(contentType))) {
                        continue;
                    }
                    reader.setInput(in);
                    return new int[]{reader.getWidth(0), reader.getHeight(0)};
                } finally {
                    reader.dispose();
                }
            }
        } catch (IOException | RuntimeException e) {
            // falls through to the 422
        }
        throw ApiException.invalid("the body is not a readable " + contentType + " image", List.of());
    }

    private static Photo photo(Object[] r) {
        Object at = r[6];
        Instant uploaded = at instanceof java.time.OffsetDateTime o ? o.toInstant() : ((java.sql.Timestamp) at).toInstant();
        return new Photo(((Number) r[0]).longValue(), r[1].toString(), r[2].toString(), ((Number) r[3]).intValue(), ((Number) r[4]).intValue(),
                ((Number) r[5]).longValue(), uploaded);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
