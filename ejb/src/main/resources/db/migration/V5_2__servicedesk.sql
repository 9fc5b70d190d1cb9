-- Issue 5, service desk (S1-S12): requests on every channel with the client's consent, their
-- lifecycle, dispatch on the consultants' calendar, work log, two-sided protocols, phone
-- consultations, e-mail intake and the outbox of the platform's e-mails.

CREATE TABLE service_request (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    number                VARCHAR(20),
    type                  VARCHAR(30)   NOT NULL,
    status                VARCHAR(20)   NOT NULL,
    channel               VARCHAR(20)   NOT NULL,
    channel_guaranteed    BOOLEAN       NOT NULL,
    received_at           DATETIME(3)   NOT NULL,
    client_id             BIGINT,
    claimed_uic           VARCHAR(13),
    company_name          VARCHAR(200),
    requester_name        VARCHAR(200),
    requester_email       VARCHAR(254),
    requester_phone       VARCHAR(40),
    subject               VARCHAR(300)  NOT NULL,
    description           TEXT,
    consent_given_by      VARCHAR(254)  NOT NULL,
    consent_given_at      DATETIME(3)   NOT NULL,
    consent_channel       VARCHAR(20)   NOT NULL,
    preferred_mode        VARCHAR(10),
    delivery_mode         VARCHAR(10),
    site_address          VARCHAR(300),
    remote_tool           VARCHAR(60),
    remote_session_id     VARCHAR(100),
    consultant_id         BIGINT,
    scheduled_start       DATETIME(3),
    scheduled_end         DATETIME(3),
    calendar_sequence     INT           NOT NULL DEFAULT 0,
    express_requested     BOOLEAN       NOT NULL DEFAULT FALSE,
    express_due_at        DATETIME(3),
    express_met_at        DATETIME(3),
    express_breached_at   DATETIME(3),
    check_caller          BOOLEAN       NOT NULL DEFAULT FALSE,
    check_company         BOOLEAN       NOT NULL DEFAULT FALSE,
    check_authorised      BOOLEAN       NOT NULL DEFAULT FALSE,
    check_delivered       BOOLEAN       NOT NULL DEFAULT FALSE,
    licence_id            BIGINT,
    from_client_id        BIGINT,
    to_client_id          BIGINT,
    legal_ground          VARCHAR(500),
    pdm_references        VARCHAR(500),
    prospect_name         VARCHAR(200),
    prospect_company      VARCHAR(200),
    prospect_uic          VARCHAR(13),
    prospect_email        VARCHAR(254),
    prospect_client_id    BIGINT,
    reward_recorded_at    DATETIME(3),
    topic                 VARCHAR(200),
    programme_ref         VARCHAR(40),
    phone_call_id         BIGINT,
    billable              BOOLEAN       NOT NULL DEFAULT FALSE,
    billable_since        DATETIME(3),
    created_by            VARCHAR(100)  NOT NULL,
    version               INT           NOT NULL DEFAULT 0,
    CONSTRAINT service_request_number_unique UNIQUE (number),
    CONSTRAINT service_request_client_fk FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT service_request_consultant_fk FOREIGN KEY (consultant_id) REFERENCES app_user (id),
    CONSTRAINT service_request_licence_fk FOREIGN KEY (licence_id) REFERENCES licence (id),
    CONSTRAINT service_request_from_fk FOREIGN KEY (from_client_id) REFERENCES client (id),
    CONSTRAINT service_request_to_fk FOREIGN KEY (to_client_id) REFERENCES client (id),
    CONSTRAINT service_request_prospect_fk FOREIGN KEY (prospect_client_id) REFERENCES client (id),
    CONSTRAINT service_request_type_known CHECK (type IN ('SUPPORT', 'EXPRESS', 'PASSWORD_RECOVERY',
        'LICENCE_OWNER_CHANGE', 'TRAINING', 'OFFER', 'REFERRAL')),
    CONSTRAINT service_request_status_known CHECK (status IN ('NEW', 'TRIAGED', 'SCHEDULED',
        'IN_PROGRESS', 'DONE', 'PROTOCOL_ACCEPTED', 'DISPUTED', 'CANCELLED')),
    CONSTRAINT service_request_billable_accepted CHECK (billable = FALSE OR status = 'PROTOCOL_ACCEPTED'),
    CONSTRAINT service_request_slot_order CHECK (scheduled_end IS NULL OR scheduled_end > scheduled_start),
    INDEX service_request_status (status),
    INDEX service_request_received (received_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every change of status: who, when, from, to.
CREATE TABLE service_request_transition (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id  BIGINT       NOT NULL,
    from_status VARCHAR(20),
    to_status   VARCHAR(20)  NOT NULL,
    occurred_at DATETIME(3)  NOT NULL,
    actor       VARCHAR(100) NOT NULL,
    note        VARCHAR(500),
    CONSTRAINT sr_transition_request_fk FOREIGN KEY (request_id) REFERENCES service_request (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The consultants' calendar in 15-minute units: the primary key makes a double booking impossible
-- even for two bookings made at the same moment.
CREATE TABLE booking_slot (
    consultant_id BIGINT      NOT NULL,
    slot_start    DATETIME(3) NOT NULL,
    request_id    BIGINT      NOT NULL,
    PRIMARY KEY (consultant_id, slot_start),
    CONSTRAINT booking_slot_consultant_fk FOREIGN KEY (consultant_id) REFERENCES app_user (id),
    CONSTRAINT booking_slot_request_fk FOREIGN KEY (request_id) REFERENCES service_request (id) ON DELETE CASCADE,
    INDEX booking_slot_request (request_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE work_log_entry (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id  BIGINT        NOT NULL,
    consultant  VARCHAR(100)  NOT NULL,
    started_at  DATETIME(3)   NOT NULL,
    ended_at    DATETIME(3)   NOT NULL,
    work_done   VARCHAR(2000) NOT NULL,
    recorded_at DATETIME(3)   NOT NULL,
    CONSTRAINT work_log_request_fk FOREIGN KEY (request_id) REFERENCES service_request (id) ON DELETE CASCADE,
    CONSTRAINT work_log_period CHECK (ended_at > started_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE service_protocol (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id        BIGINT        NOT NULL,
    work_done         TEXT          NOT NULL,
    minutes           INT           NOT NULL,
    result            VARCHAR(2000) NOT NULL,
    revision          INT           NOT NULL DEFAULT 1,
    consultant        VARCHAR(100)  NOT NULL,
    consultant_signed_at DATETIME(3) NOT NULL,
    decision          VARCHAR(10),
    client_signer     VARCHAR(100),
    client_decided_at DATETIME(3),
    rating            INT,
    client_comment    VARCHAR(2000),
    version           INT           NOT NULL DEFAULT 0,
    CONSTRAINT protocol_request_unique UNIQUE (request_id),
    CONSTRAINT protocol_request_fk FOREIGN KEY (request_id) REFERENCES service_request (id) ON DELETE CASCADE,
    CONSTRAINT protocol_minutes CHECK (minutes >= 0),
    CONSTRAINT protocol_rating CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),
    CONSTRAINT protocol_decision CHECK (decision IS NULL OR decision IN ('ACCEPTED', 'DISPUTED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The conversation of a request: mails in and out, portal notes.
CREATE TABLE request_message (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id  BIGINT        NOT NULL,
    direction   VARCHAR(3)    NOT NULL,
    occurred_at DATETIME(3)   NOT NULL,
    sender      VARCHAR(254)  NOT NULL,
    subject     VARCHAR(300),
    body        TEXT,
    message_id  VARCHAR(255),
    CONSTRAINT request_message_request_fk FOREIGN KEY (request_id) REFERENCES service_request (id) ON DELETE CASCADE,
    CONSTRAINT request_message_direction CHECK (direction IN ('IN', 'OUT')),
    INDEX request_message_message_id (message_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE phone_call (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    client_id           BIGINT,
    caller_name         VARCHAR(200)  NOT NULL,
    caller_phone        VARCHAR(40),
    consultant          VARCHAR(100)  NOT NULL,
    started_at          DATETIME(3)   NOT NULL,
    ended_at            DATETIME(3),
    topic               VARCHAR(300),
    notes               VARCHAR(4000),
    looked_in_docs      BOOLEAN       NOT NULL DEFAULT FALSE,
    looked_in_help      BOOLEAN       NOT NULL DEFAULT FALSE,
    looked_in_forum     BOOLEAN       NOT NULL DEFAULT FALSE,
    escalated_request_id BIGINT,
    version             INT           NOT NULL DEFAULT 0,
    CONSTRAINT phone_call_client_fk FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT phone_call_request_fk FOREIGN KEY (escalated_request_id) REFERENCES service_request (id),
    CONSTRAINT phone_call_period CHECK (ended_at IS NULL OR ended_at >= started_at),
    INDEX phone_call_started (started_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every message read from the service desk's mailbox, by its IMAP UID: read once, never twice.
CREATE TABLE mail_intake (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    uid_validity  BIGINT        NOT NULL,
    uid           BIGINT        NOT NULL,
    message_id    VARCHAR(255),
    sender        VARCHAR(254),
    subject       VARCHAR(300),
    read_at       DATETIME(3)   NOT NULL,
    outcome       VARCHAR(20)   NOT NULL,
    reason        VARCHAR(1000),
    request_id    BIGINT,
    CONSTRAINT mail_intake_uid_unique UNIQUE (uid_validity, uid),
    CONSTRAINT mail_intake_request_fk FOREIGN KEY (request_id) REFERENCES service_request (id) ON DELETE SET NULL,
    CONSTRAINT mail_intake_outcome CHECK (outcome IN ('NEW_REQUEST', 'TRIAGE', 'THREADED', 'SET_ASIDE')),
    INDEX mail_intake_message_id (message_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Attachments of mails, kept apart and never shown to staff: personal data goes only through PDM.
CREATE TABLE mail_quarantine (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    mail_intake_id BIGINT        NOT NULL,
    file_name      VARCHAR(255),
    content_type   VARCHAR(255),
    size_bytes     BIGINT        NOT NULL,
    sha256         CHAR(64),
    content        LONGBLOB,
    CONSTRAINT mail_quarantine_intake_fk FOREIGN KEY (mail_intake_id) REFERENCES mail_intake (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The platform's outgoing e-mails, written in the same transaction as the change they tell about
-- and sent after it commits; retried while the mail server is away.
CREATE TABLE outgoing_mail (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recipient     VARCHAR(254)  NOT NULL,
    subject       VARCHAR(300)  NOT NULL,
    body          TEXT          NOT NULL,
    calendar      TEXT,
    calendar_method VARCHAR(10),
    message_id    VARCHAR(255)  NOT NULL,
    in_reply_to   VARCHAR(255),
    request_id    BIGINT,
    created_at    DATETIME(3)   NOT NULL,
    sent_at       DATETIME(3),
    attempts      INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(3) NOT NULL,
    last_error    VARCHAR(500),
    CONSTRAINT outgoing_mail_request_fk FOREIGN KEY (request_id) REFERENCES service_request (id) ON DELETE SET NULL,
    INDEX outgoing_mail_pending (sent_at, next_attempt_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
