-- The conversation on every request (issue 14): staff replies and portal answers beside the mails,
-- internal notes that never leave the desk, and the intervals in which the desk waits for the client.
ALTER TABLE request_message
    ADD COLUMN kind   VARCHAR(10)  NOT NULL DEFAULT 'MAIL',
    ADD COLUMN author VARCHAR(100),
    ADD CONSTRAINT request_message_kind CHECK (kind IN ('MAIL', 'PORTAL', 'NOTE')),
    ADD INDEX request_message_author (author);

CREATE TABLE request_client_wait (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id  BIGINT       NOT NULL,
    started_at  DATETIME(3)  NOT NULL,
    ended_at    DATETIME(3),
    CONSTRAINT request_client_wait_request_fk FOREIGN KEY (request_id) REFERENCES service_request (id) ON DELETE CASCADE,
    CONSTRAINT request_client_wait_order CHECK (ended_at IS NULL OR ended_at >= started_at),
    INDEX request_client_wait_request (request_id, started_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
