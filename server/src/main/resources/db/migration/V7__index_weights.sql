-- Each client's weights of the channels in its Service Quality Index (issue 6); a client
-- without a row uses the defaults (docs/quality.md).
CREATE TABLE client_index_weights (
    client_id   BIGINT PRIMARY KEY REFERENCES client (id),
    phone       DOUBLE PRECISION NOT NULL,
    visit       DOUBLE PRECISION NOT NULL,
    email       DOUBLE PRECISION NOT NULL,
    website     DOUBLE PRECISION NOT NULL,
    chat        DOUBLE PRECISION NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
-- The index reads published audits of a client by when they were submitted.
CREATE INDEX audit_status_submitted_idx ON audit (status, submitted_at);
-- ... and email runs of a client by when they were sent.
CREATE INDEX email_run_client_sent_idx ON email_run (client_id, sent_at);
