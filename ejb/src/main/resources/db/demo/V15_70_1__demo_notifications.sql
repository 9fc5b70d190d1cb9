-- Demo (issue 14, item 9): the staff's bell tells of the demo's new requests, as the intake would
-- have told them when they arrived.
INSERT INTO notification (recipient_id, kind, message_key, arguments, link, dedup_key, created_at)
SELECT u.id, 'REQUEST_NEW', 'notice.requestNew', JSON_ARRAY(r.number, r.subject),
       CONCAT('/servicedesk/request.xhtml?id=', r.id), CONCAT('request-new:', r.number), r.received_at
FROM service_request r
JOIN app_user u ON u.enabled = TRUE
JOIN app_user_role ur ON ur.user_id = u.id AND ur.role = 'STAFF'
WHERE r.status = 'NEW' AND r.number IS NOT NULL;
