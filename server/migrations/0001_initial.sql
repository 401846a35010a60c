-- 0001: users (compilatori), anagrafiche, pratiche and their state history.
-- Timestamps are ISO 8601 UTC text ("2026-01-31T09:15:00Z").

CREATE TABLE users (
    id                  INTEGER PRIMARY KEY,
    codice_fiscale      TEXT UNIQUE,            -- from SPID/CNS; NULL for username-only accounts
    username            TEXT UNIQUE,            -- portal credentials (comune flavour); NULL otherwise
    nome                TEXT NOT NULL,
    cognome             TEXT NOT NULL,
    email               TEXT,
    email_confirmed     INTEGER NOT NULL DEFAULT 0 CHECK (email_confirmed IN (0, 1)),
    data_nascita        TEXT,                   -- ISO date
    stato_nascita       TEXT,
    provincia_nascita   TEXT,
    comune_nascita      TEXT,
    cittadinanza        TEXT NOT NULL DEFAULT 'italiana',
    newsletter_eventi   INTEGER NOT NULL DEFAULT 0 CHECK (newsletter_eventi IN (0, 1)),
    newsletter_servizi  INTEGER NOT NULL DEFAULT 0 CHECK (newsletter_servizi IN (0, 1)),
    funzionario         INTEGER NOT NULL DEFAULT 0 CHECK (funzionario IN (0, 1)),
    residenza_indirizzo TEXT,
    residenza_comune    TEXT,
    residenza_cap       TEXT,
    residenza_provincia TEXT,
    version             INTEGER NOT NULL DEFAULT 1,
    created_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    CHECK (codice_fiscale IS NOT NULL OR username IS NOT NULL)
);

CREATE TABLE anagrafiche (
    id                  INTEGER PRIMARY KEY,
    owner_user_id       INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    tipo                TEXT NOT NULL CHECK (tipo IN
                            ('persona_fisica', 'persona_giuridica', 'ente', 'professionista')),
    denominazione       TEXT,                   -- companies and public bodies
    cognome             TEXT,                   -- persons and professionals
    nome                TEXT,
    codice_fiscale      TEXT,
    partita_iva         TEXT,
    indirizzo           TEXT,                   -- sede legale (companies) or residenza (persons)
    comune              TEXT,
    cap                 TEXT,
    provincia           TEXT,
    pec                 TEXT,
    email               TEXT,
    telefono            TEXT,
    legale_rappresentante_cognome        TEXT,
    legale_rappresentante_nome           TEXT,
    legale_rappresentante_codice_fiscale TEXT,
    legale_rappresentante_qualifica      TEXT,
    watched             INTEGER NOT NULL DEFAULT 0 CHECK (watched IN (0, 1)),
    version             INTEGER NOT NULL DEFAULT 1,  -- bumped on every change; ETag source
    created_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    CHECK (denominazione IS NOT NULL OR cognome IS NOT NULL)
);

CREATE INDEX anagrafiche_owner ON anagrafiche(owner_user_id);
CREATE INDEX anagrafiche_codice_fiscale ON anagrafiche(codice_fiscale);

CREATE TABLE pratiche (
    id                   INTEGER PRIMARY KEY,
    cip                  TEXT NOT NULL UNIQUE,
    anagrafica_id        INTEGER NOT NULL REFERENCES anagrafiche(id),
    owner_user_id        INTEGER NOT NULL REFERENCES users(id),
    procedimento         TEXT NOT NULL,          -- catalog code, e.g. AUA
    procedimento_version TEXT NOT NULL DEFAULT '1',
    titolo               TEXT NOT NULL,
    stato                TEXT NOT NULL CHECK (stato IN
                            ('bozza', 'inviata', 'protocollata', 'in_istruttoria',
                             'richiesta_integrazioni', 'integrata', 'sospesa',
                             'conferenza_di_servizi', 'conclusa_accolta', 'conclusa_respinta',
                             'archiviata', 'ritirata')),
    protocollo           TEXT,                   -- authority's protocol, e.g. 2026/0012345
    created_at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE INDEX pratiche_anagrafica ON pratiche(anagrafica_id);
CREATE INDEX pratiche_owner ON pratiche(owner_user_id);

CREATE TABLE pratica_eventi (
    id          INTEGER PRIMARY KEY,
    pratica_id  INTEGER NOT NULL REFERENCES pratiche(id) ON DELETE CASCADE,
    at          TEXT NOT NULL,
    from_stato  TEXT,
    to_stato    TEXT NOT NULL,
    actor       TEXT NOT NULL CHECK (actor IN ('piattaforma', 'suap', 'ente', 'richiedente')),
    note        TEXT
);

CREATE INDEX pratica_eventi_pratica ON pratica_eventi(pratica_id, at);
