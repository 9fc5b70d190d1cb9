-- Issue 13, item 1: one outbox for every e-mail of the platform (bg.omegasoft.messaging).
-- The service desk's outgoing_mail becomes that outbox; the PDM's own outbox (pdm_notification)
-- moves into it, pending rows included, so nothing queued before the upgrade is lost or sent twice.

-- the calendar invitations become attachments; any attachment is kept as the bytes that were
-- queued, so the mail sent is the document issued in the business transaction
CREATE TABLE outgoing_mail_attachment (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    mail_id       BIGINT        NOT NULL,
    position      INT           NOT NULL,
    file_name     VARCHAR(200)  NOT NULL,
    content_type  VARCHAR(200)  NOT NULL,
    content       LONGBLOB      NOT NULL,
    CONSTRAINT outgoing_mail_attachment_mail_fk FOREIGN KEY (mail_id) REFERENCES outgoing_mail (id) ON DELETE CASCADE,
    CONSTRAINT outgoing_mail_attachment_position UNIQUE (mail_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE outgoing_mail
    DROP FOREIGN KEY outgoing_mail_request_fk,
    MODIFY recipient VARCHAR(1000) NOT NULL,
    MODIFY body MEDIUMTEXT NOT NULL,
    ADD COLUMN html_body MEDIUMTEXT AFTER body,
    ADD COLUMN language VARCHAR(8) NOT NULL DEFAULT 'bg' AFTER html_body,
    ADD COLUMN topic VARCHAR(100) AFTER in_reply_to,
    ADD COLUMN recipient_user_id BIGINT AFTER topic,
    ADD COLUMN dedup_key VARCHAR(190) AFTER recipient_user_id,
    ADD COLUMN state VARCHAR(10) NOT NULL DEFAULT 'PENDING' AFTER dedup_key;

UPDATE outgoing_mail SET topic = CONCAT('service-request:', request_id) WHERE request_id IS NOT NULL;
UPDATE outgoing_mail SET dedup_key = message_id;
UPDATE outgoing_mail SET state = 'SENT' WHERE sent_at IS NOT NULL;
UPDATE outgoing_mail SET state = 'FAILED' WHERE sent_at IS NULL AND attempts >= 12;

INSERT INTO outgoing_mail_attachment (mail_id, position, file_name, content_type, content)
SELECT id, 0, 'invite.ics', CONCAT('text/calendar; charset=UTF-8; method=', calendar_method),
       CONVERT(calendar USING utf8mb4)
FROM outgoing_mail WHERE calendar IS NOT NULL;

INSERT INTO outgoing_mail (recipient, subject, body, language, message_id, topic, recipient_user_id,
                           dedup_key, state, created_at, sent_at, attempts, next_attempt_at, last_error)
SELECT n.recipient_email, n.subject, n.body, COALESCE(u.locale, 'bg'),
       CONCAT('<pdm-notice-', n.id, '@desk.omegasoft.bg>'), CONCAT('pdm-file:', n.file_id),
       n.recipient_user_id, CONCAT('pdm-arrival:', n.file_id, ':', n.recipient_user_id),
       CASE WHEN n.sent_at IS NOT NULL THEN 'SENT' WHEN n.attempts >= 8 THEN 'FAILED' ELSE 'PENDING' END,
       n.created_at, n.sent_at, n.attempts, n.next_attempt_at, n.last_error
FROM pdm_notification n LEFT JOIN app_user u ON u.id = n.recipient_user_id
ORDER BY n.id;

DROP TABLE pdm_notification;

ALTER TABLE outgoing_mail
    DROP INDEX outgoing_mail_pending,
    DROP COLUMN request_id,
    DROP COLUMN calendar,
    DROP COLUMN calendar_method,
    MODIFY dedup_key VARCHAR(190) NOT NULL,
    ADD CONSTRAINT outgoing_mail_dedup UNIQUE (dedup_key),
    ADD INDEX outgoing_mail_due (state, next_attempt_at),
    ADD INDEX outgoing_mail_topic (topic),
    ADD INDEX outgoing_mail_recipient_user (recipient_user_id),
    ADD INDEX outgoing_mail_created (created_at);
