-- Offers and referrals that are answered (issue 14): the first-contact clock of an offer request,
-- the contact staff record and how the offer ended; a referral's prospect phone, the language of
-- the referrer's mails and when the recommended company became a client (the reward now waits for
-- its first paid invoice).

CREATE TABLE offer_follow_up (
    request_id         BIGINT        NOT NULL PRIMARY KEY,
    language           VARCHAR(5)    NOT NULL,
    contact_due_at     DATETIME(3)   NOT NULL,
    contacted_at       DATETIME(3),
    contact_way        VARCHAR(10),
    contacted_by       VARCHAR(200),
    contact_note       VARCHAR(1000),
    recorded_by        VARCHAR(100),
    outcome            VARCHAR(10),
    closed_at          DATETIME(3),
    closed_by          VARCHAR(100),
    version            INT           NOT NULL DEFAULT 0,
    CONSTRAINT offer_follow_up_request_fk FOREIGN KEY (request_id) REFERENCES service_request (id),
    CONSTRAINT offer_follow_up_way_known CHECK (contact_way IS NULL OR contact_way IN ('PHONE', 'EMAIL', 'MEETING')),
    CONSTRAINT offer_follow_up_outcome_known CHECK (outcome IS NULL OR outcome IN ('CONVERTED', 'DECLINED')),
    CONSTRAINT offer_follow_up_contact_whole CHECK (contacted_at IS NULL OR (contact_way IS NOT NULL AND contacted_by IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX offer_follow_up_waiting ON offer_follow_up (contacted_at, contact_due_at);

-- offer requests received before the clock existed: due four hours after receipt (already past)
INSERT INTO offer_follow_up (request_id, language, contact_due_at)
SELECT id, 'bg', received_at + INTERVAL 4 HOUR FROM service_request WHERE type = 'OFFER';

ALTER TABLE service_request
    ADD COLUMN prospect_phone         VARCHAR(40),
    ADD COLUMN referrer_language      VARCHAR(5),
    ADD COLUMN prospect_registered_at DATETIME(3);

-- referrals rewarded at registration before this change: the company was registered then;
-- their referrers' language was not kept: Bulgarian
UPDATE service_request SET prospect_registered_at = reward_recorded_at
WHERE type = 'REFERRAL' AND prospect_client_id IS NOT NULL;
UPDATE service_request SET referrer_language = 'bg' WHERE type = 'REFERRAL';
