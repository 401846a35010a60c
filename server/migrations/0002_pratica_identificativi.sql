-- 0002: the other identifiers a pratica carries on its way (SUAP protocol, register
-- code such as AUA12345) and the deadline of a pending request for integrations.

ALTER TABLE pratiche ADD COLUMN protocollo_suap TEXT;
ALTER TABLE pratiche ADD COLUMN codice_registro TEXT;
ALTER TABLE pratiche ADD COLUMN scadenza_integrazioni TEXT;  -- ISO date, NULL when none pending
