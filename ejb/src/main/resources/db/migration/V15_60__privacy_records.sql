-- Personal data that never sits in plain text, and the operator's records (GDPR art. 30, 28, 33/34).

-- The account in whose name the mailbox files e-mail attachments into spaces: it cannot sign in
-- (disabled, no usable password) and owns nothing else.
INSERT INTO app_user (username, full_name, email, password_hash, enabled, locale, client_id,
                      password_changed_at, created_at)
SELECT 'omex-mailbox', 'Пощенска кутия (e-mail)', NULL, '!', FALSE, 'bg', NULL,
       utc_timestamp(3), utc_timestamp(3)
WHERE NOT EXISTS (SELECT 1 FROM app_user WHERE username = 'omex-mailbox');

-- Files that came by e-mail from a sender of no known client: encrypted like every PDM file (the
-- content in the PDM file store, the data key wrapped by the master key), kept for a short time
-- until staff release them into a client's space or delete them.
CREATE TABLE pdm_quarantine (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name             VARCHAR(255) NOT NULL,
    content_type     VARCHAR(100) NOT NULL,
    size_bytes       BIGINT       NOT NULL,
    sha256           CHAR(64)     NOT NULL,
    sender           VARCHAR(254),
    source           VARCHAR(100),
    received_at      DATETIME(3)  NOT NULL,
    retain_until     DATETIME(3)  NOT NULL,
    storage_name     CHAR(36)     NOT NULL,
    wrapped_key      VARBINARY(64),
    master_key_id    VARCHAR(16)  NOT NULL,
    state            VARCHAR(10)  NOT NULL,
    released_file_id BIGINT,
    ended_at         DATETIME(3),
    ended_by         VARCHAR(100),
    version          INT          NOT NULL DEFAULT 0,
    CONSTRAINT pdm_quarantine_state CHECK (state IN ('HELD', 'RELEASED', 'DELETED', 'EXPIRED')),
    INDEX pdm_quarantine_due (state, retain_until),
    INDEX pdm_quarantine_sender (sender)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Where an attachment set aside at intake went: a file of the client's space, the encrypted
-- quarantine, or nowhere (refused type or size: only the name is kept). The plain content column
-- stays until every server has converted its old rows (see servicedesk.control.PlainAttachments).
ALTER TABLE mail_quarantine
    ADD COLUMN pdm_file_id       BIGINT,
    ADD COLUMN pdm_quarantine_id BIGINT,
    ADD COLUMN refusal           VARCHAR(100);

-- The register of processing activities (GDPR art. 30(1)).
CREATE TABLE processing_activity (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code                VARCHAR(40)   NOT NULL,
    position            INT           NOT NULL,
    role                VARCHAR(12)   NOT NULL,
    legal_basis         VARCHAR(30)   NOT NULL,
    name_bg             VARCHAR(200)  NOT NULL,
    name_en             VARCHAR(200)  NOT NULL,
    purpose_bg          VARCHAR(1000) NOT NULL,
    purpose_en          VARCHAR(1000) NOT NULL,
    subjects_bg         VARCHAR(500)  NOT NULL,
    subjects_en         VARCHAR(500)  NOT NULL,
    data_bg             VARCHAR(1000) NOT NULL,
    data_en             VARCHAR(1000) NOT NULL,
    recipients_bg       VARCHAR(500)  NOT NULL,
    recipients_en       VARCHAR(500)  NOT NULL,
    transfers_bg        VARCHAR(500)  NOT NULL,
    transfers_en        VARCHAR(500)  NOT NULL,
    retention_bg        VARCHAR(500)  NOT NULL,
    retention_en        VARCHAR(500)  NOT NULL,
    security_bg         VARCHAR(1000) NOT NULL,
    security_en         VARCHAR(1000) NOT NULL,
    updated_at          DATETIME(3)   NOT NULL,
    updated_by          VARCHAR(100)  NOT NULL,
    version             INT           NOT NULL DEFAULT 0,
    CONSTRAINT processing_activity_code UNIQUE (code),
    CONSTRAINT processing_activity_role CHECK (role IN ('CONTROLLER', 'PROCESSOR'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each client's data-processing agreement (GDPR art. 28): the vendor processes the personal data
-- the client keeps in its PDM space.
CREATE TABLE processing_agreement (
    client_id    BIGINT       NOT NULL PRIMARY KEY,
    doc_version  VARCHAR(20)  NOT NULL,
    signed_on    DATE         NOT NULL,
    signed_by    VARCHAR(200) NOT NULL,
    pdm_file_id  BIGINT,
    recorded_at  DATETIME(3)  NOT NULL,
    recorded_by  VARCHAR(100) NOT NULL,
    version      INT          NOT NULL DEFAULT 0,
    CONSTRAINT processing_agreement_client_fk FOREIGN KEY (client_id) REFERENCES client (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Personal-data breaches (GDPR art. 33(5)): every breach is documented, notified or not.
CREATE TABLE data_breach (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    detected_at          DATETIME(3)   NOT NULL,
    description          VARCHAR(2000) NOT NULL,
    subject_categories   VARCHAR(500)  NOT NULL,
    subjects_approx      INT,
    data_categories      VARCHAR(500)  NOT NULL,
    records_approx       INT,
    consequences         VARCHAR(2000),
    measures             VARCHAR(2000),
    authority_notified_at DATETIME(3),
    delay_reasons        VARCHAR(2000),
    subjects_informed_at DATETIME(3),
    recorded_at          DATETIME(3)   NOT NULL,
    recorded_by          VARCHAR(100)  NOT NULL,
    warned_at            DATETIME(3),
    version              INT           NOT NULL DEFAULT 0,
    INDEX data_breach_open (authority_notified_at, detected_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
