-- When the nightly jobs start (issue 7), HH:mm in Europe/Sofia: batch operators move it on the
-- console; every node schedules the one persistent timer from this row, also after a restart.
CREATE TABLE nightly_start (
    id         TINYINT      NOT NULL PRIMARY KEY,
    start_time TIME         NOT NULL,
    changed_by VARCHAR(100) NOT NULL,
    changed_at DATETIME(3)  NOT NULL,
    CONSTRAINT nightly_start_one_row CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO nightly_start (id, start_time, changed_by, changed_at)
VALUES (1, '02:00:00', 'system', UTC_TIMESTAMP(3));
