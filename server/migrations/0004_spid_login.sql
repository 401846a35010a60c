-- 0004: SPID login. Pending AuthnRequests (each answers once), Response/Assertion IDs
-- already seen (replay), one-time authorization codes bound to the app's PKCE challenge,
-- and the email activation links of the first access ("Conferma mail utente").
-- Codes, form handles and activation ids are stored only as SHA-256 hex digests.

CREATE TABLE spid_requests (
    id                TEXT PRIMARY KEY,        -- AuthnRequest ID, echoed as InResponseTo
    relay_state       TEXT NOT NULL UNIQUE,    -- opaque handle sent as RelayState
    idp_entity_id     TEXT NOT NULL,
    client_state      TEXT NOT NULL,           -- the app's `state`, given back on the done URL
    code_challenge    TEXT NOT NULL,           -- the app's PKCE S256 challenge
    created_at        TEXT NOT NULL,           -- also the AuthnRequest IssueInstant
    expires_at        TEXT NOT NULL,
    used_at           TEXT,                    -- a Response for it arrived (valid or not)
    user_id           INTEGER REFERENCES users(id) ON DELETE CASCADE,  -- after a valid Response
    authenticated_at  TEXT,
    spid_code         TEXT,
    session_index     TEXT,
    form_token_hash   TEXT UNIQUE,             -- handle of the "Conferma mail utente" form
    mails_sent        INTEGER NOT NULL DEFAULT 0,
    finished_at       TEXT,                    -- code issued, or login abandoned ("Indietro")
    finished_reason   TEXT                     -- code | cancelled
);

CREATE INDEX spid_requests_created ON spid_requests(created_at);

CREATE TABLE spid_seen_ids (
    idp_entity_id  TEXT NOT NULL,
    message_id     TEXT NOT NULL,              -- Response or Assertion ID
    seen_at        TEXT NOT NULL,
    expires_at     TEXT NOT NULL,
    PRIMARY KEY (idp_entity_id, message_id)
);

CREATE TABLE auth_codes (
    code_hash       TEXT PRIMARY KEY,
    request_id      TEXT NOT NULL REFERENCES spid_requests(id) ON DELETE CASCADE,
    user_id         INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    code_challenge  TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    expires_at      TEXT NOT NULL,
    used_at         TEXT,                      -- first redemption attempt (right or wrong)
    session_id      INTEGER REFERENCES auth_sessions(id) ON DELETE SET NULL
);

CREATE TABLE email_activations (
    id_hash     TEXT PRIMARY KEY,
    user_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    email       TEXT NOT NULL,
    request_id  TEXT REFERENCES spid_requests(id) ON DELETE SET NULL,
    created_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL,
    used_at     TEXT
);

CREATE INDEX email_activations_user ON email_activations(user_id);
