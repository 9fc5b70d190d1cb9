-- The demo keeps the remote-only policy ON (the charter's epidemic clause), as it showed before.
UPDATE organisation SET remote_only = TRUE WHERE id = 1 AND updated_at IS NULL;
