-- Email probes (issue 4): probe mailboxes, probe definitions per location, their runs with the
-- messages that answered them, and db-scheduler's table of due executions.
-- The same script runs on H2 and PostgreSQL.

CREATE SEQUENCE probe_seq START WITH 50 INCREMENT BY 50;

-- A mailbox the mystery customer writes from and reads replies in. Several probes may share
-- one; it is watched over one IMAP connection whatever the number of probes waiting on it.
CREATE TABLE probe_mailbox (
    id              BIGINT PRIMARY KEY,
    name            VARCHAR(200) NOT NULL,
    address         VARCHAR(320) NOT NULL,
    smtp_host       VARCHAR(255) NOT NULL,
    smtp_port       INTEGER NOT NULL,
    smtp_security   VARCHAR(10) NOT NULL,
    imap_host       VARCHAR(255) NOT NULL,
    imap_port       INTEGER NOT NULL,
    imap_security   VARCHAR(10) NOT NULL,
    imap_folder     VARCHAR(200) NOT NULL,
    username        VARCHAR(320),
    -- 'v1:' + AES-GCM (nonce and cipher text, base64) when serviceaudit.secret-key is set,
    -- 'plain:' + the password otherwise (the server warns at start).
    password_secret VARCHAR(2000),
    plus_addressing BOOLEAN NOT NULL,
    -- Where the watch resumes after a restart: the folder's UIDVALIDITY and the last UID handled.
    uid_validity    BIGINT NOT NULL,
    last_uid        BIGINT NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version     BIGINT NOT NULL,
    CONSTRAINT probe_mailbox_name_uq UNIQUE (name),
    CONSTRAINT probe_mailbox_security_ck CHECK (smtp_security IN ('PLAIN', 'STARTTLS', 'TLS')
                                                AND imap_security IN ('PLAIN', 'STARTTLS', 'TLS'))
);

CREATE TABLE email_probe (
    id                BIGINT PRIMARY KEY,
    location_id       BIGINT NOT NULL REFERENCES location (id),
    mailbox_id        BIGINT NOT NULL REFERENCES probe_mailbox (id),
    target_address    VARCHAR(320) NOT NULL,
    language          VARCHAR(2) NOT NULL,
    -- NULL: each run asks the next question of the language's bank in turn.
    question_id       VARCHAR(50),
    customer_name     VARCHAR(200) NOT NULL,
    signature         VARCHAR(1000),
    -- A cron expression (seconds minutes hours day-of-month month day-of-week) in the
    -- location's time zone; NULL: runs only when started by hand.
    schedule          VARCHAR(200),
    threshold_minutes INTEGER NOT NULL,
    give_up_days      INTEGER NOT NULL,
    enabled           BOOLEAN NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version       BIGINT NOT NULL
);
CREATE INDEX email_probe_location_idx ON email_probe (location_id);
CREATE INDEX email_probe_mailbox_idx ON email_probe (mailbox_id);

CREATE TABLE email_run (
    id                      BIGINT PRIMARY KEY,
    probe_id                BIGINT NOT NULL REFERENCES email_probe (id),
    -- Copied from the probe, so runs are listed and aggregated by location and client directly.
    location_id             BIGINT NOT NULL REFERENCES location (id),
    client_id               BIGINT NOT NULL REFERENCES client (id),
    mailbox_id              BIGINT NOT NULL REFERENCES probe_mailbox (id),
    run_trigger             VARCHAR(10) NOT NULL,
    due_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    state                   VARCHAR(16) NOT NULL,
    token                   VARCHAR(20) NOT NULL,
    language                VARCHAR(2) NOT NULL,
    question_id             VARCHAR(50) NOT NULL,
    customer_name           VARCHAR(200) NOT NULL,
    from_address            VARCHAR(320) NOT NULL,
    to_address              VARCHAR(320) NOT NULL,
    subject                 VARCHAR(1000) NOT NULL,
    body                    VARCHAR(20000) NOT NULL,
    threshold_minutes       INTEGER NOT NULL,
    give_up_days            INTEGER NOT NULL,
    -- Set before the SMTP conversation starts: a run found 'SENDING' after a crash is not sent again.
    sending_at              TIMESTAMP WITH TIME ZONE,
    sent_at                 TIMESTAMP WITH TIME ZONE,
    message_id              VARCHAR(1000),
    give_up_at              TIMESTAMP WITH TIME ZONE,
    acknowledged_at         TIMESTAMP WITH TIME ZONE,
    acknowledged_after_s    BIGINT,
    replied_at              TIMESTAMP WITH TIME ZONE,
    replied_after_s         BIGINT,
    business_replied_after_s BIGINT,
    bounced_at              TIMESTAMP WITH TIME ZONE,
    on_time                 BOOLEAN,
    score                   DOUBLE PRECISION,
    verdict                 VARCHAR(200),
    failure                 VARCHAR(2000),
    -- JSON: {"check": {"pass": true, "evidence": "..."}} and ["note", ...]
    checks                  VARCHAR(100000),
    notes                   VARCHAR(100000),
    finished_at             TIMESTAMP WITH TIME ZONE,
    row_version             BIGINT NOT NULL,
    CONSTRAINT email_run_token_uq UNIQUE (token),
    -- A scheduled time yields one run however often the scheduler is asked.
    CONSTRAINT email_run_due_uq UNIQUE (probe_id, due_at),
    CONSTRAINT email_run_state_ck CHECK (state IN ('SCHEDULED', 'SENDING', 'SENT', 'ACKNOWLEDGED', 'REPLIED', 'NO_REPLY',
                                                   'BOUNCED', 'FAILED'))
);
CREATE INDEX email_run_location_idx ON email_run (location_id, due_at);
CREATE INDEX email_run_client_idx ON email_run (client_id, due_at);
CREATE INDEX email_run_active_idx ON email_run (mailbox_id, finished_at, state);

-- Every message matched to a run, as evidence: how it was classified and why, and its text.
CREATE TABLE email_run_message (
    id            BIGINT PRIMARY KEY,
    run_id        BIGINT NOT NULL REFERENCES email_run (id),
    -- The Message-ID (or UIDVALIDITY/UID without one): a message read twice is stored once.
    dedupe_key    VARCHAR(1000) NOT NULL,
    arrived_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    imap_uid      BIGINT NOT NULL,
    message_id    VARCHAR(1000),
    sender        VARCHAR(1000),
    subject       VARCHAR(1000),
    matched_by    VARCHAR(50) NOT NULL,
    message_class VARCHAR(10) NOT NULL,
    final_bounce  BOOLEAN NOT NULL,
    evidence      VARCHAR(100000) NOT NULL,
    checks        VARCHAR(100000),
    headers       VARCHAR(100000) NOT NULL,
    text          VARCHAR(1000000) NOT NULL,
    CONSTRAINT email_run_message_uq UNIQUE (run_id, dedupe_key)
);
CREATE INDEX email_run_message_run_idx ON email_run_message (run_id, arrived_at);

-- db-scheduler's executions (its PostgreSQL schema; BYTEA is also accepted by H2).
CREATE TABLE scheduled_tasks (
    task_name            VARCHAR(250) NOT NULL,
    task_instance        VARCHAR(250) NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    picked               BOOLEAN NOT NULL,
    picked_by            VARCHAR(250),
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INTEGER,
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX scheduled_tasks_execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX scheduled_tasks_last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX scheduled_tasks_priority_idx ON scheduled_tasks (priority, execution_time);
