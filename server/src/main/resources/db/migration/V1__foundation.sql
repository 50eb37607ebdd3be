-- The foundation schema. Written once for both H2 (2.x) and PostgreSQL: only types and
-- statements both accept. Ids come from sequences in blocks of 50 (JPA allocationSize).

CREATE SEQUENCE client_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE location_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE audit_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE client (
    id          BIGINT PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT client_name_uq UNIQUE (name)
);

CREATE TABLE location (
    id          BIGINT PRIMARY KEY,
    client_id   BIGINT NOT NULL REFERENCES client (id),
    name        VARCHAR(200) NOT NULL,
    address     VARCHAR(500),
    time_zone   VARCHAR(64) NOT NULL,
    phone       VARCHAR(64),
    email       VARCHAR(320),
    website     VARCHAR(2000),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX location_client_idx ON location (client_id);

CREATE TABLE location_opening_hours (
    location_id BIGINT NOT NULL REFERENCES location (id),
    day_of_week VARCHAR(9) NOT NULL,
    opens       VARCHAR(5) NOT NULL,
    closes      VARCHAR(5) NOT NULL
);
CREATE INDEX location_opening_hours_idx ON location_opening_hours (location_id);

CREATE TABLE template_version (
    template_id VARCHAR(64) NOT NULL,
    version     INTEGER NOT NULL,
    title       VARCHAR(500) NOT NULL,
    content     VARCHAR(1000000) NOT NULL,
    shipped     BOOLEAN NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (template_id, version)
);

-- The items of each template version, written once when the version is stored, so that SQL
-- can tell every item a submission had without a row per answer (see submission_item).
CREATE TABLE template_item (
    template_id VARCHAR(64) NOT NULL,
    version     INTEGER NOT NULL,
    item_id     VARCHAR(64) NOT NULL,
    section_id  VARCHAR(64) NOT NULL,
    position    INTEGER NOT NULL,
    kind        VARCHAR(16) NOT NULL,
    weight      DOUBLE PRECISION NOT NULL,
    critical    BOOLEAN NOT NULL,
    PRIMARY KEY (template_id, version, item_id),
    CONSTRAINT template_item_version_fk FOREIGN KEY (template_id, version)
        REFERENCES template_version (template_id, version)
);

CREATE TABLE template_item_dimension (
    template_id VARCHAR(64) NOT NULL,
    version     INTEGER NOT NULL,
    item_id     VARCHAR(64) NOT NULL,
    dimension   VARCHAR(16) NOT NULL,
    PRIMARY KEY (template_id, version, item_id, dimension),
    CONSTRAINT template_item_dimension_item_fk FOREIGN KEY (template_id, version, item_id)
        REFERENCES template_item (template_id, version, item_id)
);

CREATE TABLE audit (
    id               BIGINT PRIMARY KEY,
    location_id      BIGINT NOT NULL REFERENCES location (id),
    template_id      VARCHAR(64) NOT NULL,
    template_version INTEGER NOT NULL,
    auditor          VARCHAR(200) NOT NULL,
    due_from         TIMESTAMP WITH TIME ZONE NOT NULL,
    due_to           TIMESTAMP WITH TIME ZONE NOT NULL,
    status           VARCHAR(16) NOT NULL,
    submission_id    VARCHAR(36),
    submitted_at     TIMESTAMP WITH TIME ZONE,
    score            DOUBLE PRECISION,
    band             VARCHAR(16),
    reviewer         VARCHAR(200),
    review_comment   VARCHAR(4000),
    reviewed_at      TIMESTAMP WITH TIME ZONE,
    published_by     VARCHAR(200),
    published_at     TIMESTAMP WITH TIME ZONE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version      BIGINT NOT NULL,
    CONSTRAINT audit_template_fk FOREIGN KEY (template_id, template_version)
        REFERENCES template_version (template_id, version)
);
CREATE INDEX audit_location_due_idx ON audit (location_id, due_from);
CREATE INDEX audit_status_due_idx ON audit (status, due_from);
CREATE INDEX audit_due_idx ON audit (due_from);
CREATE INDEX audit_template_idx ON audit (template_id, template_version);

-- The id is the client's submission UUID: a retried submission fails on this key.
CREATE TABLE submission (
    id           VARCHAR(36) PRIMARY KEY,
    audit_id     BIGINT NOT NULL REFERENCES audit (id),
    content_hash VARCHAR(64) NOT NULL,
    received_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    document     VARCHAR(1000000) NOT NULL,
    score        DOUBLE PRECISION,
    band         VARCHAR(16)
);
CREATE INDEX submission_audit_idx ON submission (audit_id, received_at);

-- Per-section and per-item results, for reports that aggregate in SQL.
-- submission_item holds only the scored items that did not pass with full score (failed,
-- missing, not applicable, unanswered, or passed with a partial score such as 4 of 5): a
-- scored item of the submission's template version (template_item) without a row passed
-- with score 1. Rows cost the database time per submission; most items of a real audit pass.
-- No foreign key to submission: these rows are written only in the transaction that inserts
-- their submission (ResultRows), and the key's triggers cost PostgreSQL one index probe per row.
CREATE TABLE submission_section (
    submission_id VARCHAR(36) NOT NULL,
    section_id    VARCHAR(64) NOT NULL,
    score         DOUBLE PRECISION,
    capped        BOOLEAN NOT NULL,
    PRIMARY KEY (submission_id, section_id)
);

CREATE TABLE submission_item (
    submission_id VARCHAR(36) NOT NULL,
    item_id       VARCHAR(64) NOT NULL,
    section_id    VARCHAR(64) NOT NULL,
    status        VARCHAR(16) NOT NULL,
    score         DOUBLE PRECISION,
    weight        DOUBLE PRECISION NOT NULL,
    critical      BOOLEAN NOT NULL,
    PRIMARY KEY (submission_id, item_id)
);
