-- An inquiry whose SMTP server could not be reached is tried again later (nothing was sent).
ALTER TABLE email_run ADD COLUMN send_attempts INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE email_run ADD COLUMN send_error VARCHAR(2000);
