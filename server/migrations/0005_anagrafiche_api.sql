-- 0005: the anagrafiche and profile API (docs/anagrafiche-api.md).
-- Birth data of persons on anagrafiche; a new email waiting for confirmation on users;
-- the Idempotency-Key of each anagrafica creation; the purpose of an email link (first
-- SPID access, or a change of email from PUT /api/v1/me).

ALTER TABLE anagrafiche ADD COLUMN sesso TEXT CHECK (sesso IN ('M', 'F'));
ALTER TABLE anagrafiche ADD COLUMN data_nascita TEXT;       -- ISO date
ALTER TABLE anagrafiche ADD COLUMN comune_nascita TEXT;
ALTER TABLE anagrafiche ADD COLUMN provincia_nascita TEXT;  -- province code

ALTER TABLE users ADD COLUMN email_pending TEXT;            -- new email, not yet confirmed

ALTER TABLE email_activations ADD COLUMN purpose TEXT NOT NULL DEFAULT 'first_access'
    CHECK (purpose IN ('first_access', 'email_change'));

-- POST /api/v1/anagrafiche with Idempotency-Key: the same key of the same user gives back
-- the anagrafica created the first time (anagrafica_id NULL: it was deleted since).
CREATE TABLE anagrafica_idempotency (
    user_id        INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    key            TEXT NOT NULL,
    anagrafica_id  INTEGER REFERENCES anagrafiche(id) ON DELETE SET NULL,
    created_at     TEXT NOT NULL,
    PRIMARY KEY (user_id, key)
);
