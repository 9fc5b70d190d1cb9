-- A production installation starts with the remote-only policy OFF (issue 14). V2_1 seeded it ON
-- and cannot be edited (Flyway checksums of existing databases), so it is switched off here, but
-- only where no ADMIN has saved the organisation yet: a choice an ADMIN made stays as it is.
UPDATE organisation SET remote_only = FALSE WHERE id = 1 AND updated_at IS NULL;
