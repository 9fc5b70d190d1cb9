-- The express promise made real: the on-duty roster (who takes express requests when, including
-- evenings, weekends and holidays) and the moment the warning before a breach was given, claimed
-- once by a conditional update like the breach itself.
ALTER TABLE service_request ADD COLUMN express_warned_at DATETIME(3) NULL;

CREATE TABLE express_duty_shift (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    consultant_id BIGINT       NOT NULL,
    starts_at     DATETIME(3)  NOT NULL,
    ends_at       DATETIME(3)  NOT NULL,
    planned_by    VARCHAR(100) NOT NULL,
    planned_at    DATETIME(3)  NOT NULL,
    CONSTRAINT express_duty_consultant_fk FOREIGN KEY (consultant_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT express_duty_period CHECK (ends_at > starts_at),
    INDEX express_duty_when (starts_at, ends_at),
    INDEX express_duty_consultant (consultant_id, starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
