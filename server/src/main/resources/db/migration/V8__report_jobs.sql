-- Period reports made as jobs (issue 6): a manager asks, polls the progress, downloads.
-- running_key is the report's identity (client, period, zone, language) while it is being
-- made and NULL after: the unique constraint lets one member at a time make a given report.
CREATE TABLE report_job (
    id            VARCHAR(36) PRIMARY KEY,
    client_id     BIGINT NOT NULL REFERENCES client (id),
    period        VARCHAR(100) NOT NULL,
    period_from   TIMESTAMP WITH TIME ZONE NOT NULL,
    period_to     TIMESTAMP WITH TIME ZONE NOT NULL,
    period_unit   VARCHAR(10) NOT NULL,
    time_zone     VARCHAR(64) NOT NULL,
    language      VARCHAR(2) NOT NULL,
    running_key   VARCHAR(300) UNIQUE,
    state         VARCHAR(10) NOT NULL,
    progress      DOUBLE PRECISION NOT NULL,
    stage         VARCHAR(40) NOT NULL,
    requested_by  BIGINT NOT NULL REFERENCES app_user (id),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    -- When it last showed progress: a job silent for long belongs to a server that stopped.
    touched_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at    TIMESTAMP WITH TIME ZONE,
    finished_at   TIMESTAMP WITH TIME ZONE,
    file_name     VARCHAR(300),
    file_size     BIGINT,
    failure       VARCHAR(2000),
    CONSTRAINT report_job_state_ck CHECK (state IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED'))
);
CREATE INDEX report_job_client_idx ON report_job (client_id, created_at);

-- The finished PDF, apart from the job so that polling never reads it.
CREATE TABLE report_file (
    job_id  VARCHAR(36) PRIMARY KEY REFERENCES report_job (id) ON DELETE CASCADE,
    pdf     BYTEA NOT NULL
);
