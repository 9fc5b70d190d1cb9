-- Tests (issue 4, DOMAIN A1-A5): question banks with versioned questions, entry and final tests with
-- a blueprint, attempts with their draw, answers and grading. Moments are UTC DATETIME(3).

-- A bank of questions for one topic of a product at one level.
CREATE TABLE question_bank (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    topic_id    BIGINT        NOT NULL,
    level       VARCHAR(10)   NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    created_at  DATETIME(3)   NOT NULL,
    created_by  VARCHAR(60)   NOT NULL,
    version     INT           NOT NULL DEFAULT 0,
    CONSTRAINT question_bank_topic_fk FOREIGN KEY (topic_id) REFERENCES learning_topic (id),
    CONSTRAINT question_bank_level_known CHECK (level IN ('BEGINNER', 'ADVANCED')),
    CONSTRAINT question_bank_once UNIQUE (topic_id, level)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Images of questions, kept in the database so every node serves them; at most 1 MB each.
CREATE TABLE question_image (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    content_type  VARCHAR(40)   NOT NULL,
    size_bytes    INT           NOT NULL,
    data          MEDIUMBLOB    NOT NULL,
    CONSTRAINT question_image_size CHECK (size_bytes > 0 AND size_bytes <= 1048576),
    CONSTRAINT question_image_type CHECK (content_type IN ('image/png', 'image/jpeg', 'image/gif', 'image/webp'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A question in one version. Editing a question that an attempt has used makes a new version
-- (same lineage, next number); attempts keep pointing at the version they drew.
CREATE TABLE question (
    id                 BIGINT          NOT NULL AUTO_INCREMENT PRIMARY KEY,
    bank_id            BIGINT          NOT NULL,
    lineage            CHAR(36)        NOT NULL,
    number             INT             NOT NULL,
    status             VARCHAR(12)     NOT NULL,
    type               VARCHAR(20)     NOT NULL,
    difficulty         VARCHAR(10)     NOT NULL,
    text               MEDIUMTEXT      NOT NULL,
    image_id           BIGINT,
    true_answer        BOOLEAN,
    numeric_answer     DECIMAL(18,6),
    numeric_tolerance  DECIMAL(18,6),
    explanation        VARCHAR(2000),
    created_at         DATETIME(3)     NOT NULL,
    created_by         VARCHAR(60)     NOT NULL,
    version            INT             NOT NULL DEFAULT 0,
    -- one version of a question is in use at a time
    current_marker     TINYINT AS (CASE WHEN status = 'CURRENT' THEN 1 ELSE NULL END) PERSISTENT,
    CONSTRAINT question_bank_fk FOREIGN KEY (bank_id) REFERENCES question_bank (id),
    CONSTRAINT question_image_fk FOREIGN KEY (image_id) REFERENCES question_image (id),
    CONSTRAINT question_version_unique UNIQUE (lineage, number),
    CONSTRAINT question_one_current UNIQUE (lineage, current_marker),
    CONSTRAINT question_status_known CHECK (status IN ('CURRENT', 'SUPERSEDED', 'RETIRED')),
    CONSTRAINT question_type_known CHECK (type IN ('SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'TRUE_FALSE', 'NUMERIC', 'SHORT_ANSWER')),
    CONSTRAINT question_difficulty_known CHECK (difficulty IN ('EASY', 'MEDIUM', 'HARD')),
    CONSTRAINT question_true_false CHECK (type <> 'TRUE_FALSE' OR true_answer IS NOT NULL),
    CONSTRAINT question_numeric CHECK (type <> 'NUMERIC' OR (numeric_answer IS NOT NULL AND numeric_tolerance >= 0)),
    INDEX question_bank_status (bank_id, status, difficulty)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Options of a choice question, or the accepted answers of a short-answer question.
CREATE TABLE question_option (
    id           BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    question_id  BIGINT         NOT NULL,
    position     INT            NOT NULL,
    text         VARCHAR(1000)  NOT NULL,
    correct      BOOLEAN        NOT NULL,
    CONSTRAINT question_option_question_fk FOREIGN KEY (question_id) REFERENCES question (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An entry (placement, no pass/fail) or final test of a programme version, or of one session.
CREATE TABLE test_definition (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind                VARCHAR(10)   NOT NULL,
    title               VARCHAR(200)  NOT NULL,
    version_id          BIGINT        NOT NULL,
    session_id          BIGINT,
    time_limit_minutes  INT           NOT NULL,
    max_attempts        INT           NOT NULL,
    available_from      DATETIME(3),
    available_until     DATETIME(3),
    shuffle_options     BOOLEAN       NOT NULL DEFAULT TRUE,
    review_allowed      BOOLEAN       NOT NULL DEFAULT FALSE,
    published           BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at          DATETIME(3)   NOT NULL,
    created_by          VARCHAR(60)   NOT NULL,
    version             INT           NOT NULL DEFAULT 0,
    CONSTRAINT test_definition_version_fk FOREIGN KEY (version_id) REFERENCES programme_version (id),
    CONSTRAINT test_definition_session_fk FOREIGN KEY (session_id) REFERENCES training_session (id),
    CONSTRAINT test_definition_kind_known CHECK (kind IN ('ENTRY', 'FINAL')),
    CONSTRAINT test_definition_limit CHECK (time_limit_minutes BETWEEN 1 AND 600),
    CONSTRAINT test_definition_attempts CHECK (max_attempts BETWEEN 1 AND 20),
    CONSTRAINT test_definition_window CHECK (available_from IS NULL OR available_until IS NULL OR available_until > available_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The blueprint: how many questions of which bank (and difficulty, or any) each attempt draws.
CREATE TABLE blueprint_line (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    test_id     BIGINT       NOT NULL,
    position    INT          NOT NULL,
    bank_id     BIGINT       NOT NULL,
    difficulty  VARCHAR(10),
    questions   INT          NOT NULL,
    CONSTRAINT blueprint_line_test_fk FOREIGN KEY (test_id) REFERENCES test_definition (id) ON DELETE CASCADE,
    CONSTRAINT blueprint_line_bank_fk FOREIGN KEY (bank_id) REFERENCES question_bank (id),
    CONSTRAINT blueprint_line_count CHECK (questions BETWEEN 1 AND 100),
    CONSTRAINT blueprint_line_difficulty CHECK (difficulty IS NULL OR difficulty IN ('EASY', 'MEDIUM', 'HARD'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An attempt: its draw is fixed when it starts; the deadline is start + limit on the server's clock.
CREATE TABLE attempt (
    id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    test_id         BIGINT         NOT NULL,
    trainee_id      BIGINT         NOT NULL,
    number          INT            NOT NULL,
    status          VARCHAR(12)    NOT NULL,
    started_at      DATETIME(3)    NOT NULL,
    deadline        DATETIME(3)    NOT NULL,
    submitted_at    DATETIME(3),
    submitted_by    VARCHAR(10),
    points          DECIMAL(9,4),
    max_points      INT            NOT NULL,
    score_percent   DECIMAL(5,2),
    passed          BOOLEAN,
    pass_mark       INT,
    version         INT            NOT NULL DEFAULT 0,
    -- one attempt in progress per person and test, even with two tabs starting at once
    active_marker   TINYINT AS (CASE WHEN status = 'IN_PROGRESS' THEN 1 ELSE NULL END) PERSISTENT,
    CONSTRAINT attempt_test_fk FOREIGN KEY (test_id) REFERENCES test_definition (id),
    CONSTRAINT attempt_trainee_fk FOREIGN KEY (trainee_id) REFERENCES app_user (id),
    CONSTRAINT attempt_number_unique UNIQUE (test_id, trainee_id, number),
    CONSTRAINT attempt_one_active UNIQUE (test_id, trainee_id, active_marker),
    CONSTRAINT attempt_status_known CHECK (status IN ('IN_PROGRESS', 'SUBMITTED')),
    CONSTRAINT attempt_submitted_by_known CHECK (submitted_by IS NULL OR submitted_by IN ('TRAINEE', 'SERVER')),
    CONSTRAINT attempt_deadline CHECK (deadline > started_at),
    CONSTRAINT attempt_graded CHECK (status <> 'SUBMITTED' OR (submitted_at IS NOT NULL AND score_percent IS NOT NULL)),
    INDEX attempt_open_deadline (status, deadline)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One drawn question of an attempt with the order its options are shown in and the answer given.
CREATE TABLE attempt_item (
    id            BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    attempt_id    BIGINT         NOT NULL,
    position      INT            NOT NULL,
    question_id   BIGINT         NOT NULL,
    option_order  VARCHAR(500),
    answer        VARCHAR(2000),
    revision      INT            NOT NULL DEFAULT 0,
    answered_at   DATETIME(3),
    score         DECIMAL(6,4),
    CONSTRAINT attempt_item_attempt_fk FOREIGN KEY (attempt_id) REFERENCES attempt (id) ON DELETE CASCADE,
    CONSTRAINT attempt_item_question_fk FOREIGN KEY (question_id) REFERENCES question (id),
    CONSTRAINT attempt_item_position_unique UNIQUE (attempt_id, position),
    CONSTRAINT attempt_item_question_unique UNIQUE (attempt_id, question_id),
    CONSTRAINT attempt_item_score CHECK (score IS NULL OR (score >= 0 AND score <= 1))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The result of a submitted attempt per topic (entry tests feed individual programmes from here).
CREATE TABLE attempt_topic_score (
    attempt_id   BIGINT        NOT NULL,
    topic_id     BIGINT        NOT NULL,
    topic_name   VARCHAR(160)  NOT NULL,
    points       DECIMAL(9,4)  NOT NULL,
    max_points   INT           NOT NULL,
    percent      DECIMAL(5,2)  NOT NULL,
    PRIMARY KEY (attempt_id, topic_id),
    CONSTRAINT attempt_topic_score_attempt_fk FOREIGN KEY (attempt_id) REFERENCES attempt (id) ON DELETE CASCADE,
    CONSTRAINT attempt_topic_score_topic_fk FOREIGN KEY (topic_id) REFERENCES learning_topic (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
