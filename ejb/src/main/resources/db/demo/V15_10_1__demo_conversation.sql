-- Demo: a conversation on two requests of Деметра Агро (issue 14): a staff reply with a template, an internal
-- note, the client's answer in the portal (which ended the wait for it), and an express request waiting for the client.
INSERT INTO request_message (request_id, direction, occurred_at, sender, subject, body, message_id, kind, author)
SELECT id, 'OUT', received_at + INTERVAL 20 MINUTE, 'desk@omegasoft.bg', CONCAT('[', number, '] Отг.: ', subject),
    CONCAT('Здравейте, Мария Георгиева,\n\nза да продължим по заявка ', number,
        ', моля, посочете кои служители са на нощни смени и от коя дата е новият график.\n\nСтефан Димитров'),
    CONCAT('<demo-reply-', id, '@desk.omegasoft.bg>'), 'MAIL', 'staff'
FROM service_request WHERE subject = 'Ведомостта за ноември не изчислява нощния труд';
INSERT INTO request_message (request_id, direction, occurred_at, sender, subject, body, message_id, kind, author)
SELECT id, 'OUT', received_at + INTERVAL 25 MINUTE, 'staff', NULL,
    'Вероятно графикът е въведен без отметка „нощен труд“ — да проверим при сесията.', NULL, 'NOTE', 'staff'
FROM service_request WHERE subject = 'Ведомостта за ноември не изчислява нощния труд';
INSERT INTO request_message (request_id, direction, occurred_at, sender, subject, body, message_id, kind, author)
SELECT id, 'IN', received_at + INTERVAL 70 MINUTE, 'Мария Георгиева', NULL,
    'Охраната (4 души) е на нощни смени от 1 ноември; графикът е сменен на 28 октомври.', NULL, 'PORTAL', 'clientadmin'
FROM service_request WHERE subject = 'Ведомостта за ноември не изчислява нощния труд';
INSERT INTO request_client_wait (request_id, started_at, ended_at)
SELECT id, received_at + INTERVAL 20 MINUTE, received_at + INTERVAL 70 MINUTE
FROM service_request WHERE subject = 'Ведомостта за ноември не изчислява нощния труд';

INSERT INTO request_message (request_id, direction, occurred_at, sender, subject, body, message_id, kind, author)
SELECT id, 'OUT', received_at + INTERVAL 1 HOUR, 'desk@omegasoft.bg', CONCAT('[', number, '] Отг.: ', subject),
    CONCAT('Здравейте, Петър Колев,\n\nза да спазим срока по експресна заявка ', number,
        ', моля, посочете телефон за връзка и удобен час днес.\n\nСтефан Димитров'),
    CONCAT('<demo-reply-', id, '@desk.omegasoft.bg>'), 'MAIL', 'staff'
FROM service_request WHERE subject = 'Спешно: не можем да подадем декларация обр. 6';
INSERT INTO request_client_wait (request_id, started_at)
SELECT id, received_at + INTERVAL 1 HOUR
FROM service_request WHERE subject = 'Спешно: не можем да подадем декларация обр. 6';
