-- PDM (issue 8): the personal-data exchange space of each client company (DOMAIN P1-P3).
-- File contents are never in the database: they are encrypted on disk (see pdm.control.SegmentedGcm)
-- with a data key per file; the database holds only that key wrapped by the server's master key,
-- and forgets it when the file is deleted or expires (crypto-shredding).

-- One space per client company; its id is the client's id.
CREATE TABLE pdm_space (
    client_id      BIGINT      NOT NULL PRIMARY KEY,
    retention_days INT,
    created_at     DATETIME(3) NOT NULL,
    version        INT         NOT NULL DEFAULT 0,
    CONSTRAINT pdm_space_client_fk FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT pdm_space_retention CHECK (retention_days IS NULL OR retention_days BETWEEN 1 AND 3650)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE pdm_folder (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    client_id  BIGINT       NOT NULL,
    name       VARCHAR(100) NOT NULL,
    created_at DATETIME(3)  NOT NULL,
    created_by BIGINT       NOT NULL,
    CONSTRAINT pdm_folder_name_unique UNIQUE (client_id, name),
    CONSTRAINT pdm_folder_space_fk FOREIGN KEY (client_id) REFERENCES pdm_space (client_id),
    CONSTRAINT pdm_folder_creator_fk FOREIGN KEY (created_by) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE pdm_file (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    client_id     BIGINT        NOT NULL,
    folder_id     BIGINT,
    name          VARCHAR(255)  NOT NULL,
    content_type  VARCHAR(100)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    legal_basis   VARCHAR(30)   NOT NULL,
    purpose       VARCHAR(500)  NOT NULL,
    uploaded_by   BIGINT        NOT NULL,
    uploader_side VARCHAR(10)   NOT NULL,
    uploaded_at   DATETIME(3)   NOT NULL,
    retain_until  DATETIME(3)   NOT NULL,
    storage_name  CHAR(36)      NOT NULL,
    wrapped_key   VARBINARY(64),
    master_key_id CHAR(16)      NOT NULL,
    state         VARCHAR(10)   NOT NULL,
    ended_at      DATETIME(3),
    ended_by      BIGINT,
    version       INT           NOT NULL DEFAULT 0,
    CONSTRAINT pdm_file_storage_unique UNIQUE (storage_name),
    CONSTRAINT pdm_file_space_fk FOREIGN KEY (client_id) REFERENCES pdm_space (client_id),
    CONSTRAINT pdm_file_folder_fk FOREIGN KEY (folder_id) REFERENCES pdm_folder (id),
    CONSTRAINT pdm_file_uploader_fk FOREIGN KEY (uploaded_by) REFERENCES app_user (id),
    CONSTRAINT pdm_file_size CHECK (size_bytes >= 0),
    CONSTRAINT pdm_file_legal_basis CHECK (legal_basis IN ('CONTRACT', 'LEGAL_OBLIGATION', 'CONSENT',
                                                           'LEGITIMATE_INTERESTS', 'VITAL_INTERESTS',
                                                           'PUBLIC_TASK')),
    CONSTRAINT pdm_file_side CHECK (uploader_side IN ('CLIENT', 'VENDOR')),
    CONSTRAINT pdm_file_state CHECK (state IN ('ACTIVE', 'DELETED', 'EXPIRED')),
    -- crypto-shredding as a rule of the database: only an active file has a key
    CONSTRAINT pdm_file_key_only_while_active CHECK (
        (state = 'ACTIVE' AND wrapped_key IS NOT NULL AND ended_at IS NULL)
        OR (state <> 'ACTIVE' AND wrapped_key IS NULL AND ended_at IS NOT NULL)),
    INDEX pdm_file_space_list (client_id, state, uploaded_at),
    INDEX pdm_file_due (state, retain_until)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Users of the client company whom a client administrator let into the space.
CREATE TABLE pdm_grant (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    client_id  BIGINT      NOT NULL,
    user_id    BIGINT      NOT NULL,
    granted_at DATETIME(3) NOT NULL,
    granted_by BIGINT      NOT NULL,
    CONSTRAINT pdm_grant_unique UNIQUE (client_id, user_id),
    CONSTRAINT pdm_grant_space_fk FOREIGN KEY (client_id) REFERENCES pdm_space (client_id),
    CONSTRAINT pdm_grant_user_fk FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The vendor's people an ADMIN assigned to the client: the only vendor users who may enter.
CREATE TABLE pdm_assignment (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    client_id   BIGINT      NOT NULL,
    user_id     BIGINT      NOT NULL,
    assigned_at DATETIME(3) NOT NULL,
    assigned_by BIGINT      NOT NULL,
    CONSTRAINT pdm_assignment_unique UNIQUE (client_id, user_id),
    CONSTRAINT pdm_assignment_space_fk FOREIGN KEY (client_id) REFERENCES pdm_space (client_id),
    CONSTRAINT pdm_assignment_user_fk FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The audit of each space: who did what, when, from where. Only people of the space see it, so file
-- names may appear here (they never appear in the platform-wide audit_event).
CREATE TABLE pdm_event (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    client_id      BIGINT       NOT NULL,
    occurred_at    DATETIME(3)  NOT NULL,
    actor          VARCHAR(100) NOT NULL,
    actor_name     VARCHAR(200),
    actor_user_id  BIGINT,
    actor_side     VARCHAR(10)  NOT NULL,
    action         VARCHAR(40)  NOT NULL,
    file_id        BIGINT,
    file_name      VARCHAR(255),
    detail         VARCHAR(500),
    source_address VARCHAR(45),
    CONSTRAINT pdm_event_space_fk FOREIGN KEY (client_id) REFERENCES pdm_space (client_id),
    CONSTRAINT pdm_event_side CHECK (actor_side IN ('CLIENT', 'VENDOR', 'SYSTEM')),
    INDEX pdm_event_space_time (client_id, occurred_at, id),
    INDEX pdm_event_actor (actor_user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Outbox of the "a file arrived" e-mails: written with the upload, sent afterwards by
-- pdm.control.NotificationSender through java:jboss/mail/Omex. Never the file's name or content.
CREATE TABLE pdm_notification (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    client_id         BIGINT        NOT NULL,
    file_id           BIGINT        NOT NULL,
    recipient_user_id BIGINT        NOT NULL,
    recipient_email   VARCHAR(254)  NOT NULL,
    subject           VARCHAR(200)  NOT NULL,
    body              VARCHAR(2000) NOT NULL,
    created_at        DATETIME(3)   NOT NULL,
    attempts          INT           NOT NULL DEFAULT 0,
    next_attempt_at   DATETIME(3)   NOT NULL,
    sent_at           DATETIME(3),
    last_error        VARCHAR(500),
    CONSTRAINT pdm_notification_file_fk FOREIGN KEY (file_id) REFERENCES pdm_file (id),
    CONSTRAINT pdm_notification_user_fk FOREIGN KEY (recipient_user_id) REFERENCES app_user (id),
    INDEX pdm_notification_pending (sent_at, next_attempt_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Data subject access (DataSubjects.export) finds a person's own actions in the platform audit.
CREATE INDEX audit_event_actor ON audit_event (actor);
