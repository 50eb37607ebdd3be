-- Photos taken during an audit (issue 6: shown in the audit report; issue 7: taken on the
-- tablet). A photo is named by the SHA-256 of its bytes, so an upload sent twice is stored once.
CREATE TABLE audit_photo (
    audit_id     BIGINT NOT NULL REFERENCES audit (id),
    id           VARCHAR(64) NOT NULL,
    content_type VARCHAR(20) NOT NULL,
    width        INTEGER NOT NULL,
    height       INTEGER NOT NULL,
    size         BIGINT NOT NULL,
    data         BYTEA NOT NULL,
    uploaded_by  BIGINT NOT NULL REFERENCES app_user (id),
    uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (audit_id, id)
);
