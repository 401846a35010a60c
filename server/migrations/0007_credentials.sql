-- 0007: the portal's own credentials (comune flavour; old Inlinea accounts with
-- INLINEA_LEGACY_CREDENTIALS). One row per user with a User ID; passwords, temporary
-- passwords and security answers only as scrypt hashes ("scrypt$n$r$p$salt$hash").
-- Failed logins / wrong answers are recorded per account (lowercased User ID, also for
-- User IDs that do not exist) and per client address, for the lockout.

CREATE TABLE credentials (
    user_id                   INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    login                     TEXT NOT NULL,            -- the User ID as typed
    login_key                 TEXT NOT NULL UNIQUE,     -- lower(login): uniqueness, lookup
    password_hash             TEXT NOT NULL,
    temp_password_hash        TEXT,                     -- "Password dimenticata?"
    temp_password_expires_at  TEXT,
    must_change               INTEGER NOT NULL DEFAULT 0 CHECK (must_change IN (0, 1)),
    email_confirmed           INTEGER NOT NULL DEFAULT 0 CHECK (email_confirmed IN (0, 1)),
    confirm_token_hash        TEXT UNIQUE,              -- SHA-256 of the registration link
    confirm_expires_at        TEXT,
    security_question         TEXT NOT NULL,            -- q1..q5
    security_answer_hash      TEXT NOT NULL,            -- of the normalised answer
    registration_type         TEXT NOT NULL CHECK (registration_type IN
                                  ('cittadino', 'aziende_professionisti_enti', 'turisti')),
    registration_profile      TEXT NOT NULL CHECK (registration_profile IN ('base', 'completo')),
    self_declared_at          TEXT NOT NULL,            -- accepted the autocertificazione
    created_at                TEXT NOT NULL,
    password_changed_at       TEXT
);

-- Single-use tokens of "password_change_required" (login with a temporary password).
CREATE TABLE password_change_tokens (
    token_hash  TEXT PRIMARY KEY,
    user_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL,
    used_at     TEXT
);

CREATE TABLE credential_failures (
    id     INTEGER PRIMARY KEY,
    scope  TEXT NOT NULL CHECK (scope IN ('account', 'address')),
    key    TEXT NOT NULL,                               -- lowercased User ID or client address
    at     TEXT NOT NULL
);

CREATE INDEX credential_failures_key ON credential_failures(scope, key, at);

CREATE TABLE credential_lockouts (
    scope         TEXT NOT NULL CHECK (scope IN ('account', 'address')),
    key           TEXT NOT NULL,
    locked_until  TEXT NOT NULL,
    PRIMARY KEY (scope, key)
);

-- Server-side secrets created once per database (HMAC of the decoy security question).
CREATE TABLE portal_secrets (
    name   TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);

INSERT INTO portal_secrets (name, value) VALUES ('credentials_hmac', lower(hex(randomblob(32))));
