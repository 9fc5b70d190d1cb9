-- Training programmes (issue 3, DOMAIN L1-L7): products and topics, standard and individual
-- programmes with versions, modules and lessons, sessions and enrolments, rates and quotes.
-- Moments are UTC DATETIME(3) (InstantConverter); calendar dates and wall-clock times are Europe/Sofia.

CREATE TABLE learning_product (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code      VARCHAR(20)  NOT NULL,
    name      VARCHAR(120) NOT NULL,
    position  INT          NOT NULL DEFAULT 0,
    version   INT          NOT NULL DEFAULT 0,
    CONSTRAINT learning_product_code_unique UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE learning_topic (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    product_id  BIGINT       NOT NULL,
    name        VARCHAR(160) NOT NULL,
    position    INT          NOT NULL DEFAULT 0,
    CONSTRAINT learning_topic_product_fk FOREIGN KEY (product_id) REFERENCES learning_product (id),
    CONSTRAINT learning_topic_name_unique UNIQUE (product_id, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A programme is the lasting identity; what it teaches lives in its versions.
CREATE TABLE programme (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind            VARCHAR(12)  NOT NULL,
    product_id      BIGINT       NOT NULL,
    level           VARCHAR(10)  NOT NULL,
    client_id       BIGINT,
    needs_notes     TEXT,
    created_at      DATETIME(3)  NOT NULL,
    created_by      VARCHAR(60)  NOT NULL,
    version         INT          NOT NULL DEFAULT 0,
    CONSTRAINT programme_product_fk FOREIGN KEY (product_id) REFERENCES learning_product (id),
    CONSTRAINT programme_client_fk FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT programme_kind_known CHECK (kind IN ('STANDARD', 'INDIVIDUAL')),
    CONSTRAINT programme_level_known CHECK (level IN ('BEGINNER', 'ADVANCED')),
    -- an individual programme belongs to one client; a standard one to none
    CONSTRAINT programme_client_by_kind CHECK ((kind = 'INDIVIDUAL') = (client_id IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE programme_process (
    programme_id BIGINT      NOT NULL,
    process      VARCHAR(30) NOT NULL,
    PRIMARY KEY (programme_id, process),
    CONSTRAINT programme_process_programme_fk FOREIGN KEY (programme_id) REFERENCES programme (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE programme_version (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    programme_id        BIGINT        NOT NULL,
    number              INT           NOT NULL,
    status              VARCHAR(12)   NOT NULL,
    title               VARCHAR(200)  NOT NULL,
    description         TEXT,
    outcomes            TEXT,
    price               DECIMAL(12,2),
    pass_mark           INT           NOT NULL,
    reason              VARCHAR(20),
    reason_reference    VARCHAR(300),
    reason_effective_on DATE,
    product_version     VARCHAR(40),
    reason_note         VARCHAR(1000),
    applies_from        DATE,
    published_at        DATETIME(3),
    published_by        VARCHAR(60),
    created_at          DATETIME(3)   NOT NULL,
    created_by          VARCHAR(60)   NOT NULL,
    version             INT           NOT NULL DEFAULT 0,
    -- at most one draft per programme, even when two trainers start editing at once
    draft_marker        TINYINT AS (CASE WHEN status = 'DRAFT' THEN 1 ELSE NULL END) PERSISTENT,
    CONSTRAINT programme_version_programme_fk FOREIGN KEY (programme_id) REFERENCES programme (id),
    CONSTRAINT programme_version_number_unique UNIQUE (programme_id, number),
    CONSTRAINT programme_version_one_draft UNIQUE (programme_id, draft_marker),
    CONSTRAINT programme_version_status_known CHECK (status IN ('DRAFT', 'PUBLISHED', 'SUPERSEDED')),
    CONSTRAINT programme_version_reason_known CHECK (reason IS NULL OR reason IN ('FIRST_EDITION', 'REGULATION_CHANGE', 'PRODUCT_CHANGE')),
    CONSTRAINT programme_version_pass_mark CHECK (pass_mark BETWEEN 1 AND 100),
    CONSTRAINT programme_version_price CHECK (price IS NULL OR price >= 0),
    CONSTRAINT programme_version_published_complete CHECK (
        status = 'DRAFT' OR (reason IS NOT NULL AND applies_from IS NOT NULL AND published_at IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE programme_module (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version_id  BIGINT        NOT NULL,
    lineage     CHAR(36)      NOT NULL,
    position    INT           NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    summary     VARCHAR(2000),
    hours       DECIMAL(5,1)  NOT NULL,
    topic_id    BIGINT,
    custom      BOOLEAN       NOT NULL DEFAULT FALSE,
    source_version_id BIGINT,
    CONSTRAINT programme_module_version_fk FOREIGN KEY (version_id) REFERENCES programme_version (id) ON DELETE CASCADE,
    CONSTRAINT programme_module_topic_fk FOREIGN KEY (topic_id) REFERENCES learning_topic (id),
    CONSTRAINT programme_module_hours CHECK (hours > 0 AND hours <= 200)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE lesson (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    module_id   BIGINT        NOT NULL,
    lineage     CHAR(36)      NOT NULL,
    position    INT           NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    content     MEDIUMTEXT,
    doc_link    VARCHAR(500),
    CONSTRAINT lesson_module_fk FOREIGN KEY (module_id) REFERENCES programme_module (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- File contents are shared by the copies of a lesson in later versions; they never change.
CREATE TABLE learning_file (
    id    BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    data  MEDIUMBLOB  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE lesson_attachment (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    lesson_id     BIGINT        NOT NULL,
    file_id       BIGINT        NOT NULL,
    file_name     VARCHAR(200)  NOT NULL,
    content_type  VARCHAR(100)  NOT NULL,
    size_bytes    INT           NOT NULL,
    CONSTRAINT lesson_attachment_lesson_fk FOREIGN KEY (lesson_id) REFERENCES lesson (id) ON DELETE CASCADE,
    CONSTRAINT lesson_attachment_file_fk FOREIGN KEY (file_id) REFERENCES learning_file (id),
    CONSTRAINT lesson_attachment_size CHECK (size_bytes > 0 AND size_bytes <= 5242880)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE training_session (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version_id     BIGINT        NOT NULL,
    first_day      DATE          NOT NULL,
    last_day       DATE          NOT NULL,
    daily_start    TIME          NOT NULL,
    daily_end      TIME          NOT NULL,
    format         VARCHAR(20)   NOT NULL,
    venue          VARCHAR(300)  NOT NULL,
    trainer_id     BIGINT        NOT NULL,
    capacity       INT           NOT NULL,
    seats_taken    INT           NOT NULL DEFAULT 0,
    status         VARCHAR(12)   NOT NULL,
    created_at     DATETIME(3)   NOT NULL,
    created_by     VARCHAR(60)   NOT NULL,
    cancelled_at   DATETIME(3),
    cancel_reason  VARCHAR(500),
    version        INT           NOT NULL DEFAULT 0,
    CONSTRAINT training_session_version_fk FOREIGN KEY (version_id) REFERENCES programme_version (id),
    CONSTRAINT training_session_trainer_fk FOREIGN KEY (trainer_id) REFERENCES app_user (id),
    CONSTRAINT training_session_format_known CHECK (format IN ('ON_SITE_CLIENT', 'CLASSROOM', 'ONLINE')),
    CONSTRAINT training_session_status_known CHECK (status IN ('PLANNED', 'CANCELLED', 'COMPLETED')),
    CONSTRAINT training_session_days CHECK (last_day >= first_day),
    CONSTRAINT training_session_times CHECK (daily_end > daily_start),
    CONSTRAINT training_session_capacity CHECK (capacity BETWEEN 1 AND 500),
    -- the last seat cannot be given twice: confirmed seats never exceed the capacity
    CONSTRAINT training_session_seats CHECK (seats_taken BETWEEN 0 AND capacity),
    INDEX training_session_first_day (first_day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE enrolment (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    session_id     BIGINT       NOT NULL,
    trainee_id     BIGINT       NOT NULL,
    version_id     BIGINT       NOT NULL,
    status         VARCHAR(12)  NOT NULL,
    requested_at   DATETIME(3)  NOT NULL,
    enrolled_by    VARCHAR(60)  NOT NULL,
    confirmed_at   DATETIME(3),
    cancelled_at   DATETIME(3),
    cancelled_by   VARCHAR(60),
    completed_at   DATETIME(3),
    version        INT          NOT NULL DEFAULT 0,
    active_marker  TINYINT AS (CASE WHEN status <> 'CANCELLED' THEN 1 ELSE NULL END) PERSISTENT,
    CONSTRAINT enrolment_session_fk FOREIGN KEY (session_id) REFERENCES training_session (id),
    CONSTRAINT enrolment_trainee_fk FOREIGN KEY (trainee_id) REFERENCES app_user (id),
    CONSTRAINT enrolment_version_fk FOREIGN KEY (version_id) REFERENCES programme_version (id),
    CONSTRAINT enrolment_status_known CHECK (status IN ('CONFIRMED', 'WAITLISTED', 'CANCELLED', 'COMPLETED')),
    -- one active enrolment of a person in a session
    CONSTRAINT enrolment_once UNIQUE (session_id, trainee_id, active_marker)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE attendance (
    enrolment_id  BIGINT   NOT NULL,
    day           DATE     NOT NULL,
    present       BOOLEAN  NOT NULL,
    PRIMARY KEY (enrolment_id, day),
    CONSTRAINT attendance_enrolment_fk FOREIGN KEY (enrolment_id) REFERENCES enrolment (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE lesson_completion (
    enrolment_id  BIGINT       NOT NULL,
    lesson_id     BIGINT       NOT NULL,
    completed_at  DATETIME(3)  NOT NULL,
    PRIMARY KEY (enrolment_id, lesson_id),
    CONSTRAINT lesson_completion_enrolment_fk FOREIGN KEY (enrolment_id) REFERENCES enrolment (id) ON DELETE CASCADE,
    CONSTRAINT lesson_completion_lesson_fk FOREIGN KEY (lesson_id) REFERENCES lesson (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The rates of the individual price; FINANCE edits them. Quotes keep a copy of what they used.
CREATE TABLE price_rate (
    code        VARCHAR(30)    NOT NULL PRIMARY KEY,
    amount      DECIMAL(12,2)  NOT NULL,
    position    INT            NOT NULL,
    updated_at  DATETIME(3),
    updated_by  VARCHAR(60),
    version     INT            NOT NULL DEFAULT 0,
    CONSTRAINT price_rate_amount CHECK (amount >= 0 AND amount <= 100000)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO price_rate (code, amount, position) VALUES
    ('HOUR_BEGINNER', 55.00, 1),
    ('HOUR_ADVANCED', 70.00, 2),
    ('PER_TRAINEE', 30.00, 3),
    ('CLASSROOM_DAY', 90.00, 4),
    ('CLIENT_SITE_PERCENT', 15.00, 5),
    ('TRAVEL_PER_KM', 0.45, 6),
    ('TRAVEL_DAY', 45.00, 7);

CREATE TABLE quote (
    id                   BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    number               VARCHAR(40)    NOT NULL,
    programme_id         BIGINT         NOT NULL,
    version_id           BIGINT         NOT NULL,
    client_id            BIGINT         NOT NULL,
    status               VARCHAR(10)    NOT NULL,
    venue                VARCHAR(20)    NOT NULL,
    trainees             INT            NOT NULL,
    distance_km          INT            NOT NULL DEFAULT 0,
    hours                DECIMAL(6,1)   NOT NULL,
    days                 INT            NOT NULL,
    breakdown            TEXT           NOT NULL,
    computed_amount      DECIMAL(12,2)  NOT NULL,
    override_amount      DECIMAL(12,2),
    override_reason      VARCHAR(500),
    amount               DECIMAL(12,2)  NOT NULL,
    vat                  DECIMAL(12,2)  NOT NULL,
    total                DECIMAL(12,2)  NOT NULL,
    valid_until          DATE           NOT NULL,
    created_at           DATETIME(3)    NOT NULL,
    created_by           VARCHAR(60)    NOT NULL,
    sent_at              DATETIME(3),
    sent_by              VARCHAR(60),
    decided_at           DATETIME(3),
    decided_by           VARCHAR(60),
    decline_reason       VARCHAR(500),
    billable             BOOLEAN        NOT NULL DEFAULT FALSE,
    version              INT            NOT NULL DEFAULT 0,
    CONSTRAINT quote_number_unique UNIQUE (number),
    CONSTRAINT quote_programme_fk FOREIGN KEY (programme_id) REFERENCES programme (id),
    CONSTRAINT quote_version_fk FOREIGN KEY (version_id) REFERENCES programme_version (id),
    CONSTRAINT quote_client_fk FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT quote_status_known CHECK (status IN ('DRAFT', 'SENT', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')),
    CONSTRAINT quote_venue_known CHECK (venue IN ('ON_SITE_CLIENT', 'CLASSROOM', 'ONLINE')),
    CONSTRAINT quote_trainees CHECK (trainees BETWEEN 1 AND 200),
    CONSTRAINT quote_distance CHECK (distance_km BETWEEN 0 AND 2000),
    CONSTRAINT quote_amounts CHECK (computed_amount >= 0 AND amount >= 0 AND vat >= 0 AND total >= amount),
    CONSTRAINT quote_override_reason CHECK (override_amount IS NULL OR override_reason IS NOT NULL),
    CONSTRAINT quote_billable_only_accepted CHECK (billable = FALSE OR status = 'ACCEPTED'),
    CONSTRAINT quote_accepted_recorded CHECK (status <> 'ACCEPTED' OR (decided_at IS NOT NULL AND decided_by IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
