-- Issue 12 (intake): a request from the public form is held until the e-mail address it gave
-- confirms it through a single-use link that expires (or staff confirm it by phone, with a note);
-- only the SHA-256 of the link's token is kept.

ALTER TABLE service_request DROP CONSTRAINT service_request_status_known;

ALTER TABLE service_request
    MODIFY status VARCHAR(30) NOT NULL,
    ADD COLUMN confirmation_token_hash CHAR(64),
    ADD COLUMN confirmation_due_at DATETIME(3),
    ADD COLUMN confirmed_at DATETIME(3),
    ADD COLUMN confirmed_by VARCHAR(100),
    ADD COLUMN confirmation_note VARCHAR(500),
    ADD CONSTRAINT service_request_status_known CHECK (status IN ('AWAITING_CONFIRMATION', 'NEW',
        'TRIAGED', 'SCHEDULED', 'IN_PROGRESS', 'DONE', 'PROTOCOL_ACCEPTED', 'DISPUTED', 'CANCELLED')),
    ADD CONSTRAINT service_request_confirmation_unique UNIQUE (confirmation_token_hash),
    ADD CONSTRAINT service_request_confirmation_due CHECK (confirmation_token_hash IS NULL
        OR confirmation_due_at IS NOT NULL),
    ADD INDEX service_request_unconfirmed (status, confirmation_due_at);

ALTER TABLE service_request_transition
    MODIFY from_status VARCHAR(30),
    MODIFY to_status VARCHAR(30) NOT NULL;
