-- Protocol acceptance without a portal account (issue 14): the one-time link mailed to the
-- requester (only its SHA-256 is kept), its deadline and the one reminder; an answer received on
-- paper or by e-mail, recorded by staff with the signer, the day signed, how it came and the scan
-- kept as evidence in the client's PDM space.
ALTER TABLE service_protocol
    ADD COLUMN link_hash        VARCHAR(64),
    ADD COLUMN link_due_at      DATETIME(3),
    ADD COLUMN reminded_at      DATETIME(3),
    ADD COLUMN answered_via     VARCHAR(10),
    ADD COLUMN signer_position  VARCHAR(100),
    ADD COLUMN signed_on        DATE,
    ADD COLUMN evidence_file_id BIGINT,
    ADD COLUMN evidence_name    VARCHAR(255),
    ADD COLUMN recorded_by      VARCHAR(100),
    ADD CONSTRAINT protocol_link_unique UNIQUE (link_hash),
    ADD CONSTRAINT protocol_answered_via
        CHECK (answered_via IS NULL OR answered_via IN ('PORTAL', 'LINK', 'PAPER', 'EMAIL', 'OTHER'));

CREATE INDEX protocol_unanswered ON service_protocol (decision, reminded_at);
