-- Issue 14, item 9: the notification centre (bg.omegasoft.notifications). One row per notice and
-- person; the same notice (dedup key) is kept once per person. The bell asks for the unread of one
-- person, the page for all of one person newest first, the daily housekeeping for the read ones.
CREATE TABLE notification (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recipient_id  BIGINT        NOT NULL,
    kind          VARCHAR(30)   NOT NULL,
    message_key   VARCHAR(120)  NOT NULL,
    arguments     TEXT          NOT NULL,
    link          VARCHAR(500),
    dedup_key     VARCHAR(190)  NOT NULL,
    created_at    DATETIME(3)   NOT NULL,
    read_at       DATETIME(3),
    CONSTRAINT notification_recipient_fk FOREIGN KEY (recipient_id) REFERENCES app_user (id),
    CONSTRAINT notification_once UNIQUE (recipient_id, dedup_key),
    INDEX notification_unread (recipient_id, read_at),
    INDEX notification_newest (recipient_id, created_at),
    INDEX notification_read (read_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- a person's choice of mail for a kind of notice; without a row the default of the kind holds
CREATE TABLE notification_mail_choice (
    id       BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id  BIGINT       NOT NULL,
    kind     VARCHAR(30)  NOT NULL,
    by_mail  BOOLEAN      NOT NULL,
    CONSTRAINT notification_mail_choice_user_fk FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT notification_mail_choice_once UNIQUE (user_id, kind)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
