-- Demo data of the service desk (issue 5; loaded only with -Domex.demo=true): contacts and licences
-- of the demo clients, requests of every type in several states, a phone log. Times are relative
-- to the moment the demo database is made. Consultants: "staff" (Стефан Димитров) and "lead"
-- (Любомир Христов).

UPDATE client SET has_service_contract = TRUE WHERE uic = '204587312';

INSERT INTO client_contact (client_id, name, position, email, phone)
SELECT id, 'Мария Георгиева', 'Главен счетоводител', 'maria.georgieva@demetra-agro.bg', '+359 888 100 200' FROM client WHERE uic = '201234563';
INSERT INTO client_contact (client_id, name, position, email, phone)
SELECT id, 'Петър Колев', 'Управител', 'petar.kolev@demetra-agro.bg', '+359 888 100 201' FROM client WHERE uic = '201234563';
INSERT INTO client_contact (client_id, name, position, email, phone)
SELECT id, 'Елена Маринова', 'Ръководител ЧР', 'e.marinova@balkan-logistic.bg', '+359 887 222 333' FROM client WHERE uic = '204587312';
INSERT INTO client_contact (client_id, name, position, email, phone)
SELECT id, 'Д-р Симеон Ангелов', 'Управител', 's.angelov@vitosha-med.bg', '+359 889 444 555' FROM client WHERE uic = '121769056';
INSERT INTO client_contact (client_id, name, position, email, phone)
SELECT id, 'Галина Тодорова', 'Счетоводител ТРЗ', 'g.todorova@trakia-textile.bg', '+359 886 777 888' FROM client WHERE uic = '205983421';

INSERT INTO licence (product, licence_number, seats, owner_client_id, created_at)
SELECT 'Омекс ТРЗ и ЛС', 'OMX-TRZ-2019-0412', 5, id, UTC_TIMESTAMP(3) - INTERVAL 7 YEAR FROM client WHERE uic = '201234563';
INSERT INTO licence (product, licence_number, seats, owner_client_id, created_at)
SELECT 'Омекс ТРЗ и ЛС', 'OMX-TRZ-2016-0107', 25, id, UTC_TIMESTAMP(3) - INTERVAL 10 YEAR FROM client WHERE uic = '204587312';
INSERT INTO licence (product, licence_number, seats, owner_client_id, created_at)
SELECT 'Омекс Работно време', 'OMX-RV-2021-0033', 10, id, UTC_TIMESTAMP(3) - INTERVAL 5 YEAR FROM client WHERE uic = '204587312';
INSERT INTO licence (product, licence_number, seats, owner_client_id, created_at)
SELECT 'Омекс ТРЗ и ЛС', 'OMX-TRZ-2020-0250', 3, id, UTC_TIMESTAMP(3) - INTERVAL 6 YEAR FROM client WHERE uic = '121769056';
-- Тракия Текстил got this licence from Балкан Логистик in a holding restructuring (see history).
INSERT INTO licence (product, licence_number, seats, owner_client_id, created_at)
SELECT 'Омекс ТРЗ и ЛС', 'OMX-TRZ-2018-0318', 12, id, UTC_TIMESTAMP(3) - INTERVAL 8 YEAR FROM client WHERE uic = '205983421';

INSERT INTO licence_ownership (licence_id, client_id, owned_from, owned_until, legal_ground, reference, recorded_by)
SELECT l.id, l.owner_client_id, l.created_at, NULL, NULL, NULL, 'admin' FROM licence l WHERE l.licence_number <> 'OMX-TRZ-2018-0318';
INSERT INTO licence_ownership (licence_id, client_id, owned_from, owned_until, legal_ground, reference, recorded_by)
SELECT l.id, c.id, l.created_at, UTC_TIMESTAMP(3) - INTERVAL 40 DAY, NULL, NULL, 'admin'
FROM licence l, client c WHERE l.licence_number = 'OMX-TRZ-2018-0318' AND c.uic = '204587312';
INSERT INTO licence_ownership (licence_id, client_id, owned_from, owned_until, legal_ground, reference, recorded_by)
SELECT l.id, l.owner_client_id, UTC_TIMESTAMP(3) - INTERVAL 40 DAY, NULL,
       'Преструктуриране в холдинг, решение на ОС от 15.10.2026', 'демо: заявка за смяна на собственик', 'staff'
FROM licence l WHERE l.licence_number = 'OMX-TRZ-2018-0318';

-- Requests. Columns not named keep their defaults.
INSERT INTO service_request (type, status, channel, channel_guaranteed, received_at, client_id, requester_name, requester_email,
    requester_phone, subject, description, consent_given_by, consent_given_at, consent_channel, preferred_mode, created_by)
SELECT 'SUPPORT', 'NEW', 'WEB_FORM', TRUE, UTC_TIMESTAMP(3) - INTERVAL 2 HOUR, id, 'Мария Георгиева', 'maria.georgieva@demetra-agro.bg',
    '+359 888 100 200', 'Ведомостта за ноември не изчислява нощния труд',
    'Ведомостта за ноември не изчислява нощния труд на охраната. Моля за дистанционна сесия.',
    'Мария Георгиева <maria.georgieva@demetra-agro.bg>', UTC_TIMESTAMP(3) - INTERVAL 2 HOUR, 'WEB_FORM', 'REMOTE', 'web-form'
FROM client WHERE uic = '201234563';

INSERT INTO service_request (type, status, channel, channel_guaranteed, received_at, client_id, requester_name, requester_email,
    subject, description, consent_given_by, consent_given_at, consent_channel, preferred_mode, express_requested, express_due_at, created_by)
SELECT 'EXPRESS', 'TRIAGED', 'EMAIL', TRUE, UTC_TIMESTAMP(3) - INTERVAL 20 HOUR, id, 'Петър Колев', 'petar.kolev@demetra-agro.bg',
    'Спешно: не можем да подадем декларация обр. 6',
    'Програмата дава грешка при създаване на файла за НАП. Срокът е утре.',
    'Петър Колев <petar.kolev@demetra-agro.bg>', UTC_TIMESTAMP(3) - INTERVAL 20 HOUR, 'EMAIL', 'REMOTE', TRUE,
    UTC_TIMESTAMP(3) + INTERVAL 4 HOUR, 'mailbox'
FROM client WHERE uic = '201234563';

INSERT INTO service_request (type, status, channel, channel_guaranteed, received_at, client_id, requester_name, requester_phone,
    subject, description, consent_given_by, consent_given_at, consent_channel, preferred_mode, delivery_mode, remote_tool,
    remote_session_id, consultant_id, scheduled_start, scheduled_end, created_by)
SELECT 'SUPPORT', 'SCHEDULED', 'PHONE', TRUE, UTC_TIMESTAMP(3) - INTERVAL 1 DAY, c.id, 'Д-р Симеон Ангелов', '+359 889 444 555',
    'Настройка на нови длъжности по НКПД', 'Нови длъжности в клиниката; нужна е настройка на щатното разписание.',
    'Д-р Симеон Ангелов', UTC_TIMESTAMP(3) - INTERVAL 1 DAY, 'PHONE', 'REMOTE', 'REMOTE', 'AnyDesk', '184 223 901', u.id,
    TIMESTAMP(DATE(UTC_TIMESTAMP()) + INTERVAL (CASE WEEKDAY(UTC_TIMESTAMP()) WHEN 4 THEN 3 WHEN 5 THEN 2 ELSE 1 END) DAY, '08:00:00'),
    TIMESTAMP(DATE(UTC_TIMESTAMP()) + INTERVAL (CASE WEEKDAY(UTC_TIMESTAMP()) WHEN 4 THEN 3 WHEN 5 THEN 2 ELSE 1 END) DAY, '09:30:00'),
    'staff'
FROM client c, app_user u WHERE c.uic = '121769056' AND u.username = 'lead';

INSERT INTO service_request (type, status, channel, channel_guaranteed, received_at, client_id, requester_name, requester_phone,
    subject, description, consent_given_by, consent_given_at, consent_channel, preferred_mode, consultant_id,
    check_caller, check_company, created_by)
SELECT 'PASSWORD_RECOVERY', 'IN_PROGRESS', 'PHONE', TRUE, UTC_TIMESTAMP(3) - INTERVAL 3 HOUR, c.id, 'Галина Тодорова', '+359 886 777 888',
    'Забравена парола на администратора на програмата', 'Служителката с администраторски права напусна; паролата не е известна.',
    'Галина Тодорова', UTC_TIMESTAMP(3) - INTERVAL 3 HOUR, 'PHONE', 'REMOTE', u.id, TRUE, TRUE, 'staff'
FROM client c, app_user u WHERE c.uic = '205983421' AND u.username = 'staff';

INSERT INTO service_request (type, status, channel, channel_guaranteed, received_at, client_id, requester_name, requester_email,
    subject, description, consent_given_by, consent_given_at, consent_channel, preferred_mode, delivery_mode, remote_tool,
    consultant_id, scheduled_start, scheduled_end, created_by)
SELECT 'SUPPORT', 'DONE', 'PORTAL', TRUE, UTC_TIMESTAMP(3) - INTERVAL 6 DAY, c.id, 'Мария Георгиева', 'maria.georgieva@demetra-agro.bg',
    'Годишно преизчисляване на отпуските', 'Моля за помощ при годишното преизчисляване на полагаемия отпуск.',
    'Мария Георгиева (clientadmin)', UTC_TIMESTAMP(3) - INTERVAL 6 DAY, 'PORTAL', 'REMOTE', 'REMOTE', 'TeamViewer', u.id,
    UTC_TIMESTAMP(3) - INTERVAL 2 DAY, UTC_TIMESTAMP(3) - INTERVAL 2 DAY + INTERVAL 1 HOUR, 'clientadmin'
FROM client c, app_user u WHERE c.uic = '201234563' AND u.username = 'staff';

INSERT INTO service_request (type, status, channel, channel_guaranteed, received_at, client_id, requester_name, requester_email,
    subject, description, consent_given_by, consent_given_at, consent_channel, licence_id, from_client_id, to_client_id,
    legal_ground, pdm_references, consultant_id, billable, billable_since, created_by)
SELECT 'LICENCE_OWNER_CHANGE', 'PROTOCOL_ACCEPTED', 'WEB_FORM', TRUE, UTC_TIMESTAMP(3) - INTERVAL 45 DAY, b.id, 'Елена Маринова',
    'e.marinova@balkan-logistic.bg', 'Прехвърляне на лиценз OMX-TRZ-2018-0318 към Тракия Текстил',
    'Лицензът преминава към дъщерното дружество при преструктуриране на холдинга.',
    'Елена Маринова <e.marinova@balkan-logistic.bg>', UTC_TIMESTAMP(3) - INTERVAL 45 DAY, 'WEB_FORM', l.id, b.id, t.id,
    'Преструктуриране в холдинг, решение на ОС от 15.10.2026', 'PDM-2026-1187, PDM-2026-1188', u.id, TRUE,
    UTC_TIMESTAMP(3) - INTERVAL 39 DAY, 'web-form'
FROM client b, client t, licence l, app_user u
WHERE b.uic = '204587312' AND t.uic = '205983421' AND l.licence_number = 'OMX-TRZ-2018-0318' AND u.username = 'lead';

INSERT INTO service_request (type, status, channel, channel_guaranteed, received_at, requester_name, requester_email,
    subject, description, consent_given_by, consent_given_at, consent_channel, created_by)
VALUES ('SUPPORT', 'NEW', 'EMAIL', TRUE, UTC_TIMESTAMP(3) - INTERVAL 5 HOUR, 'Красимир Илиев', 'k.iliev@example-firma.bg',
    'Въпрос за лиценз', 'Здравейте, имаме ли право на актуализация за 2027 г.?',
    'Красимир Илиев <k.iliev@example-firma.bg>', UTC_TIMESTAMP(3) - INTERVAL 5 HOUR, 'EMAIL', 'mailbox');

INSERT INTO service_request (type, status, channel, channel_guaranteed, received_at, company_name, requester_name, requester_email,
    requester_phone, subject, description, topic, consent_given_by, consent_given_at, consent_channel, created_by)
VALUES ('OFFER', 'NEW', 'WEB_FORM', TRUE, UTC_TIMESTAMP(3) - INTERVAL 1 DAY, 'Родопа Мляко ООД', 'Стоян Гешев', 'office@rodopa-mlyako.bg',
    '+359 301 6 22 33', 'Оферта за Омекс ТРЗ за 40 служители', 'Интересуваме се от програмата и обучение на двама души.',
    'Оферта за Омекс ТРЗ за 40 служители', 'Стоян Гешев <office@rodopa-mlyako.bg>', UTC_TIMESTAMP(3) - INTERVAL 1 DAY, 'WEB_FORM', 'offer-form');

INSERT INTO service_request (type, status, channel, channel_guaranteed, received_at, client_id, requester_name, requester_email,
    subject, description, consent_given_by, consent_given_at, consent_channel, prospect_name, prospect_company, prospect_uic,
    prospect_email, created_by)
SELECT 'REFERRAL', 'TRIAGED', 'PORTAL', TRUE, UTC_TIMESTAMP(3) - INTERVAL 3 DAY, id, 'Мария Георгиева', 'maria.georgieva@demetra-agro.bg',
    'Родопа Мляко ООД', 'Колеги от бранша търсят програма за ТРЗ.', 'Мария Георгиева', UTC_TIMESTAMP(3) - INTERVAL 3 DAY, 'PORTAL',
    'Стоян Гешев', 'Родопа Мляко ООД', '175074752', 'office@rodopa-mlyako.bg', 'clientadmin'
FROM client WHERE uic = '201234563';

INSERT INTO service_request (type, status, channel, channel_guaranteed, received_at, client_id, requester_name,
    subject, description, consent_given_by, consent_given_at, consent_channel, created_by)
SELECT 'TRAINING', 'NEW', 'SOCIAL_MEDIA', FALSE, UTC_TIMESTAMP(3) - INTERVAL 4 HOUR, id, 'Иван Петров',
    'Обучение за нов служител в ЧР', 'Писахме Ви във Фейсбук: нужно ни е обучение за нова колежка.',
    'Иван Петров', UTC_TIMESTAMP(3) - INTERVAL 4 HOUR, 'SOCIAL_MEDIA', 'staff'
FROM client WHERE uic = '201234563';

INSERT INTO service_request (type, status, channel, channel_guaranteed, received_at, client_id, requester_name,
    subject, description, consent_given_by, consent_given_at, consent_channel, created_by)
SELECT 'SUPPORT', 'CANCELLED', 'PHONE', TRUE, UTC_TIMESTAMP(3) - INTERVAL 10 DAY, id, 'Елена Маринова',
    'Импорт на данни от стара система', 'Клиентът ще се справи сам по ръководството.',
    'Елена Маринова', UTC_TIMESTAMP(3) - INTERVAL 10 DAY, 'PHONE', 'staff'
FROM client WHERE uic = '204587312';

UPDATE service_request SET number = CONCAT('SR-', YEAR(received_at), '-', LPAD(id, 6, '0')) WHERE number IS NULL;

-- The status history: receipt, then the steps that led to the demo state.
INSERT INTO service_request_transition (request_id, from_status, to_status, occurred_at, actor)
SELECT id, NULL, 'NEW', received_at, created_by FROM service_request WHERE created_by IN ('web-form', 'mailbox', 'staff', 'clientadmin', 'offer-form')
    AND subject IN ('Ведомостта за ноември не изчислява нощния труд', 'Спешно: не можем да подадем декларация обр. 6',
    'Настройка на нови длъжности по НКПД', 'Забравена парола на администратора на програмата', 'Годишно преизчисляване на отпуските',
    'Прехвърляне на лиценз OMX-TRZ-2018-0318 към Тракия Текстил', 'Въпрос за лиценз', 'Оферта за Омекс ТРЗ за 40 служители',
    'Родопа Мляко ООД', 'Обучение за нов служител в ЧР', 'Импорт на данни от стара система');
INSERT INTO service_request_transition (request_id, from_status, to_status, occurred_at, actor)
SELECT id, 'NEW', 'TRIAGED', received_at + INTERVAL 20 MINUTE, 'staff' FROM service_request
WHERE status IN ('TRIAGED', 'SCHEDULED', 'IN_PROGRESS', 'DONE', 'PROTOCOL_ACCEPTED') AND number IS NOT NULL
    AND id NOT IN (SELECT request_id FROM service_request_transition WHERE to_status = 'TRIAGED')
    AND subject IN ('Спешно: не можем да подадем декларация обр. 6', 'Настройка на нови длъжности по НКПД',
    'Забравена парола на администратора на програмата', 'Годишно преизчисляване на отпуските',
    'Прехвърляне на лиценз OMX-TRZ-2018-0318 към Тракия Текстил', 'Родопа Мляко ООД');
INSERT INTO service_request_transition (request_id, from_status, to_status, occurred_at, actor)
SELECT id, 'TRIAGED', 'SCHEDULED', received_at + INTERVAL 40 MINUTE, 'staff' FROM service_request
WHERE subject IN ('Настройка на нови длъжности по НКПД', 'Годишно преизчисляване на отпуските');
INSERT INTO service_request_transition (request_id, from_status, to_status, occurred_at, actor)
SELECT id, 'TRIAGED', 'IN_PROGRESS', received_at + INTERVAL 1 HOUR, 'staff' FROM service_request
WHERE subject IN ('Забравена парола на администратора на програмата', 'Прехвърляне на лиценз OMX-TRZ-2018-0318 към Тракия Текстил');
INSERT INTO service_request_transition (request_id, from_status, to_status, occurred_at, actor)
SELECT id, 'SCHEDULED', 'IN_PROGRESS', scheduled_start, 'staff' FROM service_request WHERE subject = 'Годишно преизчисляване на отпуските';
INSERT INTO service_request_transition (request_id, from_status, to_status, occurred_at, actor)
SELECT id, 'IN_PROGRESS', 'DONE', scheduled_end, 'staff' FROM service_request WHERE subject = 'Годишно преизчисляване на отпуските';
INSERT INTO service_request_transition (request_id, from_status, to_status, occurred_at, actor)
SELECT id, 'IN_PROGRESS', 'DONE', received_at + INTERVAL 5 DAY, 'lead' FROM service_request
WHERE subject = 'Прехвърляне на лиценз OMX-TRZ-2018-0318 към Тракия Текстил';
INSERT INTO service_request_transition (request_id, from_status, to_status, occurred_at, actor)
SELECT id, 'DONE', 'PROTOCOL_ACCEPTED', billable_since, 'e.marinova' FROM service_request
WHERE subject = 'Прехвърляне на лиценз OMX-TRZ-2018-0318 към Тракия Текстил';
INSERT INTO service_request_transition (request_id, from_status, to_status, occurred_at, actor, note)
SELECT id, 'NEW', 'CANCELLED', received_at + INTERVAL 30 MINUTE, 'staff', 'Клиентът ще се справи сам по ръководството'
FROM service_request WHERE subject = 'Импорт на данни от стара система';

-- The scheduled visit holds its units on the consultant's calendar.
INSERT INTO booking_slot (consultant_id, slot_start, request_id)
SELECT r.consultant_id, r.scheduled_start + INTERVAL k.n * 15 MINUTE, r.id
FROM service_request r, (SELECT 0 n UNION SELECT 1 UNION SELECT 2 UNION SELECT 3 UNION SELECT 4 UNION SELECT 5) k
WHERE r.subject = 'Настройка на нови длъжности по НКПД';

INSERT INTO work_log_entry (request_id, consultant, started_at, ended_at, work_done, recorded_at)
SELECT id, 'staff', scheduled_start, scheduled_start + INTERVAL 50 MINUTE,
    'Преизчислен полагаем отпуск за 2026 г. за 14 служители; проверени прехвърлените дни.', scheduled_end
FROM service_request WHERE subject = 'Годишно преизчисляване на отпуските';

INSERT INTO service_protocol (request_id, work_done, minutes, result, consultant, consultant_signed_at)
SELECT id, 'Годишно преизчисляване на полагаемия отпуск; корекция на прехвърлените дни от 2025 г.', 50,
    'Отпуските са преизчислени и сверени с клиента.', 'staff', scheduled_end
FROM service_request WHERE subject = 'Годишно преизчисляване на отпуските';
INSERT INTO service_protocol (request_id, work_done, minutes, result, consultant, consultant_signed_at, decision, client_signer,
    client_decided_at, rating, client_comment)
SELECT id, 'Прехвърлен лиценз OMX-TRZ-2018-0318 от Балкан Логистик АД към Тракия Текстил ЕАД по решение на ОС.', 30,
    'Лицензът е на Тракия Текстил ЕАД; историята е запазена.', 'lead', received_at + INTERVAL 5 DAY, 'ACCEPTED',
    'e.marinova', billable_since, 5, 'Бързо и коректно.'
FROM service_request WHERE subject = 'Прехвърляне на лиценз OMX-TRZ-2018-0318 към Тракия Текстил';

INSERT INTO request_message (request_id, direction, occurred_at, sender, subject, body, message_id)
SELECT id, 'IN', received_at, requester_email, subject, description, CONCAT('<demo-', id, '@demetra-agro.bg>')
FROM service_request WHERE channel = 'EMAIL';

-- The phone line of the last days.
INSERT INTO phone_call (client_id, caller_name, caller_phone, consultant, started_at, ended_at, topic, notes, looked_in_docs, looked_in_help, looked_in_forum)
SELECT id, 'Мария Георгиева', '+359 888 100 200', 'staff', UTC_TIMESTAMP(3) - INTERVAL 1 DAY - INTERVAL 3 HOUR,
    UTC_TIMESTAMP(3) - INTERVAL 1 DAY - INTERVAL 3 HOUR + INTERVAL 6 MINUTE, 'Къде се въвежда болничен лист',
    'Насочена към ръководството, глава 7.', TRUE, FALSE, FALSE FROM client WHERE uic = '201234563';
INSERT INTO phone_call (client_id, caller_name, caller_phone, consultant, started_at, ended_at, topic, notes, looked_in_docs, looked_in_help, looked_in_forum)
SELECT id, 'Елена Маринова', '+359 887 222 333', 'lead', UTC_TIMESTAMP(3) - INTERVAL 2 DAY - INTERVAL 1 HOUR,
    UTC_TIMESTAMP(3) - INTERVAL 2 DAY - INTERVAL 1 HOUR + INTERVAL 4 MINUTE, 'Печат на фишове', 'Подсещане за филтъра по отдел.', TRUE, TRUE, FALSE
FROM client WHERE uic = '204587312';
INSERT INTO phone_call (client_id, caller_name, caller_phone, consultant, started_at, ended_at, topic, notes, looked_in_docs, looked_in_help, looked_in_forum, escalated_request_id)
SELECT c.id, 'Д-р Симеон Ангелов', '+359 889 444 555', 'staff', r.received_at - INTERVAL 14 MINUTE, r.received_at,
    'Нови длъжности по НКПД', 'Нужна е настройка с достъп до данните — прехвърлено към платена услуга.', FALSE, FALSE, FALSE, r.id
FROM client c, service_request r WHERE c.uic = '121769056' AND r.subject = 'Настройка на нови длъжности по НКПД';
INSERT INTO phone_call (client_id, caller_name, caller_phone, consultant, started_at, ended_at, topic, notes, looked_in_docs, looked_in_help, looked_in_forum)
SELECT id, 'Галина Тодорова', '+359 886 777 888', 'lead', UTC_TIMESTAMP(3) - INTERVAL 4 DAY,
    UTC_TIMESTAMP(3) - INTERVAL 4 DAY + INTERVAL 12 MINUTE, 'Осигурителен доход на съдружник', 'Обяснение по минималния осигурителен доход.', FALSE, TRUE, TRUE
FROM client WHERE uic = '205983421';
INSERT INTO phone_call (client_id, caller_name, caller_phone, consultant, started_at, ended_at, topic, notes, looked_in_docs, looked_in_help, looked_in_forum)
SELECT id, 'Петър Колев', '+359 888 100 201', 'staff', UTC_TIMESTAMP(3) - INTERVAL 6 DAY,
    UTC_TIMESTAMP(3) - INTERVAL 6 DAY + INTERVAL 3 MINUTE, 'Архивиране на базата', 'Показан бутонът за архив.', FALSE, FALSE, TRUE
FROM client WHERE uic = '201234563';
UPDATE service_request r JOIN phone_call p ON p.escalated_request_id = r.id SET r.phone_call_id = p.id;
