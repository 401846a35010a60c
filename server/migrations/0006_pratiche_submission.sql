-- 0006: submission of pratiche from the app ("Nuova richiesta"): the submitted data and
-- its schema version, the Idempotency-Key of each submission, resumable uploads and the
-- attachments of a pratica. The seeded pratiche (no data) stay as they are.

ALTER TABLE pratiche ADD COLUMN data_json TEXT;          -- the form data (NULL: older pratiche)
ALTER TABLE pratiche ADD COLUMN body_sha256 TEXT;        -- SHA-256 of the submitted request body

-- POST /api/v1/pratiche: one row per (user, Idempotency-Key); the stored answer is
-- returned again for the same body.
CREATE TABLE pratica_idempotency (
    user_id      INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    key          TEXT NOT NULL,
    body_sha256  TEXT NOT NULL,
    pratica_id   INTEGER NOT NULL REFERENCES pratiche(id) ON DELETE CASCADE,
    response     TEXT NOT NULL,                           -- JSON of the 201 answer
    created_at   TEXT NOT NULL,
    PRIMARY KEY (user_id, key)
);

-- POST/PUT/GET /api/v1/uploads: the bytes are in <state>/uploads/<id>.
CREATE TABLE uploads (
    id             TEXT PRIMARY KEY,                      -- random, URL-safe
    owner_user_id  INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    filename       TEXT NOT NULL,
    content_type   TEXT NOT NULL,
    size           INTEGER NOT NULL CHECK (size >= 0),
    sha256         TEXT NOT NULL,                         -- declared, lower-case hex
    received       INTEGER NOT NULL DEFAULT 0,
    complete       INTEGER NOT NULL DEFAULT 0 CHECK (complete IN (0, 1)),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);

CREATE INDEX uploads_owner ON uploads(owner_user_id);

CREATE TABLE pratica_allegati (
    pratica_id  INTEGER NOT NULL REFERENCES pratiche(id) ON DELETE CASCADE,
    slot        TEXT NOT NULL,
    upload_id   TEXT NOT NULL REFERENCES uploads(id),
    PRIMARY KEY (pratica_id, upload_id)
);
