-- Website probes (issue 5): definitions per client or location, and their runs with the
-- result as evidence. The same script runs on H2 and PostgreSQL.

CREATE TABLE website_probe (
    id              BIGINT PRIMARY KEY,
    client_id       BIGINT NOT NULL REFERENCES client (id),
    -- NULL: the client's own website rather than one location's.
    location_id     BIGINT REFERENCES location (id),
    url             VARCHAR(2000) NOT NULL,
    -- The client's FAQ topics as JSON ({"topic": {"en": ["phrase", ...]}}); NULL: the standard's.
    topics          VARCHAR(100000),
    -- A cron expression (with seconds) in time_zone; NULL: runs only when started by hand.
    schedule        VARCHAR(200),
    time_zone       VARCHAR(64) NOT NULL,
    max_clicks      INTEGER NOT NULL,
    findable_clicks INTEGER NOT NULL,
    min_pairs       INTEGER NOT NULL,
    enabled         BOOLEAN NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version     BIGINT NOT NULL
);
CREATE INDEX website_probe_client_idx ON website_probe (client_id);
CREATE INDEX website_probe_location_idx ON website_probe (location_id);

CREATE TABLE website_run (
    id               BIGINT PRIMARY KEY,
    probe_id         BIGINT NOT NULL REFERENCES website_probe (id),
    client_id        BIGINT NOT NULL REFERENCES client (id),
    location_id      BIGINT REFERENCES location (id),
    run_trigger      VARCHAR(10) NOT NULL,
    due_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    state            VARCHAR(10) NOT NULL,
    url              VARCHAR(2000) NOT NULL,
    started_at       TIMESTAMP WITH TIME ZONE,
    finished_at      TIMESTAMP WITH TIME ZONE,
    -- The measures, copied out of the result for lists and SQL aggregation.
    reachable        BOOLEAN,
    failure_kind     VARCHAR(32),
    failure          VARCHAR(2000),
    score            DOUBLE PRECISION,
    faq_found        BOOLEAN,
    faq_clicks       INTEGER,
    faq_pairs        INTEGER,
    topics_covered   INTEGER,
    topics_total     INTEGER,
    contact_visible  BOOLEAN,
    chat_present     BOOLEAN,
    load_millis      BIGINT,
    -- The whole result as the probe library writes it (probe website's JSON).
    result           VARCHAR(1000000),
    row_version      BIGINT NOT NULL,
    CONSTRAINT website_run_due_uq UNIQUE (probe_id, due_at),
    CONSTRAINT website_run_state_ck CHECK (state IN ('SCHEDULED', 'RUNNING', 'DONE'))
);
CREATE INDEX website_run_client_idx ON website_run (client_id, due_at);
CREATE INDEX website_run_location_idx ON website_run (location_id, due_at);
CREATE INDEX website_run_probe_idx ON website_run (probe_id, due_at);
