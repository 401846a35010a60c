-- 0003: login sessions and their opaque tokens (every login method shares them).
-- A session is one login (one "family" of tokens): refreshing rotates the refresh
-- token inside the session; presenting a rotated refresh token again revokes the
-- whole session. Tokens are stored only as SHA-256 hex digests, never in clear.

CREATE TABLE auth_sessions (
    id               INTEGER PRIMARY KEY,
    user_id          INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    auth_method      TEXT NOT NULL CHECK (auth_method IN ('cns', 'spid', 'password')),
    cns_card_id      TEXT,                  -- CNS: ID_Carta from the certificate's CN
    cns_cert_serial  TEXT,                  -- CNS: certificate serial number (hex)
    created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    revoked_at       TEXT,
    revoked_reason   TEXT                   -- logout, refresh_reuse, ...
);

CREATE INDEX auth_sessions_user ON auth_sessions(user_id);

CREATE TABLE auth_tokens (
    id           INTEGER PRIMARY KEY,
    session_id   INTEGER NOT NULL REFERENCES auth_sessions(id) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (kind IN ('access', 'refresh')),
    token_hash   TEXT NOT NULL UNIQUE,      -- hex SHA-256 of the token
    created_at   TEXT NOT NULL,
    expires_at   TEXT NOT NULL,
    revoked_at   TEXT,
    replaced_by  INTEGER REFERENCES auth_tokens(id)  -- refresh token that rotated this one
);

CREATE INDEX auth_tokens_session ON auth_tokens(session_id, kind);
