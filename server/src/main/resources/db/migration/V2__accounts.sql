-- Accounts, sign-in tokens and the change log (issue 3). The same script runs on H2 and PostgreSQL.

CREATE SEQUENCE user_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE change_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE app_user (
    id                  BIGINT PRIMARY KEY,
    -- Stored lower-case, so the unique constraint is case-insensitive on both databases.
    username            VARCHAR(200) NOT NULL,
    display_name        VARCHAR(200) NOT NULL,
    role                VARCHAR(16) NOT NULL,
    client_id           BIGINT REFERENCES client (id),
    -- Jakarta Security's PBKDF2 format (algorithm:iterations:salt:hash); '!' for an account
    -- that has no password yet and cannot sign in.
    password_hash       VARCHAR(400) NOT NULL,
    enabled             BOOLEAN NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    password_changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version         BIGINT NOT NULL,
    CONSTRAINT app_user_username_uq UNIQUE (username),
    CONSTRAINT app_user_role_ck CHECK (role IN ('ADMIN', 'AUDITOR', 'MANAGER')),
    -- A manager belongs to exactly one client; nobody else belongs to one.
    CONSTRAINT app_user_client_ck CHECK ((role = 'MANAGER' AND client_id IS NOT NULL)
                                         OR (role <> 'MANAGER' AND client_id IS NULL))
);
CREATE INDEX app_user_client_idx ON app_user (client_id);
CREATE INDEX app_user_role_idx ON app_user (role, enabled);

-- Bearer tokens, stored only as the SHA-256 of the token the client holds.
CREATE TABLE session_token (
    token_hash  VARCHAR(64) PRIMARY KEY,
    user_id     BIGINT NOT NULL REFERENCES app_user (id),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX session_token_user_idx ON session_token (user_id, expires_at);

CREATE TABLE change_log (
    id           BIGINT PRIMARY KEY,
    changed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    user_id      BIGINT NOT NULL REFERENCES app_user (id),
    username     VARCHAR(200) NOT NULL,
    action       VARCHAR(64) NOT NULL,
    subject_type VARCHAR(32) NOT NULL,
    subject_id   VARCHAR(100) NOT NULL,
    detail       VARCHAR(1000)
);
CREATE INDEX change_log_subject_idx ON change_log (subject_type, subject_id, changed_at);
CREATE INDEX change_log_time_idx ON change_log (changed_at);
CREATE INDEX change_log_user_idx ON change_log (user_id, changed_at);

-- Audits were assigned to a free-text name; each distinct name becomes a disabled auditor
-- account without a password, which an admin enables by setting one.
INSERT INTO app_user (id, username, display_name, role, client_id, password_hash, enabled, created_at,
                      password_changed_at, row_version)
SELECT nextval('user_seq'), names.username, names.display_name, 'AUDITOR', NULL, '!', FALSE,
       CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1
FROM (SELECT LOWER(auditor) AS username, MIN(auditor) AS display_name FROM audit GROUP BY LOWER(auditor)) names;

ALTER TABLE audit ADD COLUMN auditor_id BIGINT REFERENCES app_user (id);
UPDATE audit SET auditor_id = (SELECT u.id FROM app_user u WHERE u.username = LOWER(audit.auditor));
ALTER TABLE audit ALTER COLUMN auditor_id SET NOT NULL;
ALTER TABLE audit DROP COLUMN auditor;
CREATE INDEX audit_auditor_due_idx ON audit (auditor_id, due_from);
