-- The channel of the Service Quality Index a template's audits count in (issue 6).
ALTER TABLE template_version ADD COLUMN channel VARCHAR(8) DEFAULT 'OTHER' NOT NULL;
-- The shipped templates stored before templates named their channel.
UPDATE template_version SET channel = 'PHONE' WHERE template_id = 'phone-etiquette';
UPDATE template_version SET channel = 'VISIT' WHERE template_id = 'store-visit';
