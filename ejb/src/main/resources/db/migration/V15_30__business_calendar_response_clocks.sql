-- The business calendar: days the government declares (extra days off, working Saturdays).
CREATE TABLE declared_day (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    day_date    DATE         NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    reason_bg   VARCHAR(200) NOT NULL,
    reason_en   VARCHAR(200) NOT NULL,
    recorded_by VARCHAR(100) NOT NULL,
    recorded_at DATETIME(3)  NOT NULL,
    CONSTRAINT declared_day_unique UNIQUE (day_date),
    CONSTRAINT declared_day_kind CHECK (kind IN ('DAY_OFF', 'WORKING_DAY'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The consultants' absences, first to last day included.
CREATE TABLE consultant_absence (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    consultant_id BIGINT       NOT NULL,
    kind          VARCHAR(20)  NOT NULL,
    first_day     DATE         NOT NULL,
    last_day      DATE         NOT NULL,
    note          VARCHAR(200),
    recorded_by   VARCHAR(100) NOT NULL,
    recorded_at   DATETIME(3)  NOT NULL,
    CONSTRAINT consultant_absence_user_fk FOREIGN KEY (consultant_id) REFERENCES app_user (id),
    CONSTRAINT consultant_absence_days CHECK (last_day >= first_day),
    CONSTRAINT consultant_absence_kind CHECK (kind IN ('LEAVE', 'SICKNESS', 'OTHER')),
    INDEX consultant_absence_days_idx (consultant_id, first_day, last_day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A contract's response term as business hours from receipt to the first response; no clock when NULL.
ALTER TABLE contract_terms ADD COLUMN response_hours INT NULL AFTER response_terms,
    ADD CONSTRAINT contract_terms_response_hours CHECK (response_hours IS NULL OR response_hours BETWEEN 1 AND 200);

-- Terms already agreed in words get the number they name: "до 4 часа" is 4 business hours,
-- "до 1 работен ден" one working day of 9 hours; any other wording runs no clock until staff set one.
UPDATE contract_terms
   SET response_hours = LEAST(200, CAST(REGEXP_SUBSTR(response_terms, '[0-9]+') AS UNSIGNED))
 WHERE response_terms REGEXP '[0-9]+ *(час|ч\\.|ч$|h)'
   AND CAST(REGEXP_SUBSTR(response_terms, '[0-9]+') AS UNSIGNED) > 0;
UPDATE contract_terms
   SET response_hours = LEAST(200, 9 * CAST(REGEXP_SUBSTR(response_terms, '[0-9]+') AS UNSIGNED))
 WHERE response_hours IS NULL
   AND response_terms REGEXP '[0-9]+ *работ(ен|ни) (ден|дни)'
   AND CAST(REGEXP_SUBSTR(response_terms, '[0-9]+') AS UNSIGNED) > 0;

-- The warnings and breaches of a request's response clock, each told once.
CREATE TABLE response_clock_alert (
    request_id  BIGINT      NOT NULL PRIMARY KEY,
    warned_at   DATETIME(3),
    breached_at DATETIME(3),
    CONSTRAINT response_clock_alert_request_fk FOREIGN KEY (request_id) REFERENCES service_request (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
