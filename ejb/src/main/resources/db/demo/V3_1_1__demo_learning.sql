-- Demo data for training (issue 3; applied only with -Domex.demo=true): the Omex products and
-- topics, a Bulgarian catalogue of standard programmes, "ТРЗ за начинаещи" in a second version for
-- the 2026 minimum wage, online sessions in the coming weeks (remote-only is on), enrolments of the
-- demo trainee, and an individual programme with a quote for Деметра Агро ЕООД.

INSERT INTO learning_product (code, name, position) VALUES
    ('PAYROLL', 'Омекс ТРЗ (трудови възнаграждения)', 1),
    ('HR', 'Омекс Персонал', 2),
    ('TIME', 'Омекс Работно време', 3);

SET @payroll = (SELECT id FROM learning_product WHERE code = 'PAYROLL');
SET @hr = (SELECT id FROM learning_product WHERE code = 'HR');
SET @time = (SELECT id FROM learning_product WHERE code = 'TIME');

INSERT INTO learning_topic (product_id, name, position) VALUES
    (@payroll, 'Настройки на фирмата и номенклатури', 1),
    (@payroll, 'Месечно изчисляване на заплатите', 2),
    (@payroll, 'Отпуски и болнични', 3),
    (@payroll, 'Осигуровки и декларации Образец 1 и 6', 4),
    (@payroll, 'Годишно изравняване на данъка', 5),
    (@hr, 'Трудови договори и допълнителни споразумения', 1),
    (@hr, 'Уведомления по чл. 62 КТ към НАП', 2),
    (@hr, 'Прекратяване на трудово правоотношение', 3),
    (@hr, 'Справки и отчети', 4),
    (@time, 'Графици и смени', 1),
    (@time, 'Отчитане на присъствието', 2),
    (@time, 'Сумирано изчисляване на работното време', 3),
    (@time, 'Извънреден и нощен труд', 4);

-- ТРЗ за начинаещи: version 1 (first edition), superseded by version 2 for the 2026 minimum wage
INSERT INTO programme (kind, product_id, level, created_at, created_by)
VALUES ('STANDARD', @payroll, 'BEGINNER', UTC_TIMESTAMP(3) - INTERVAL 120 DAY, 'trainer');
SET @trzb = LAST_INSERT_ID();

INSERT INTO programme_version (programme_id, number, status, title, description, outcomes, price, pass_mark,
                               reason, applies_from, published_at, published_by, created_at, created_by)
VALUES (@trzb, 1, 'SUPERSEDED', 'ТРЗ за начинаещи',
        'Първи стъпки в Омекс ТРЗ: настройка на фирмата, назначаване, месечна заплата, отпуски и болнични.',
        'След обучението участниците изчисляват самостоятелно месечните заплати и подават декларации Образец 1 и 6.',
        240.00, 70, 'FIRST_EDITION', '2025-09-01', UTC_TIMESTAMP(3) - INTERVAL 110 DAY, 'trainer',
        UTC_TIMESTAMP(3) - INTERVAL 120 DAY, 'trainer');
SET @trzb1 = LAST_INSERT_ID();

INSERT INTO programme_module (version_id, lineage, position, title, summary, hours, topic_id)
VALUES (@trzb1, 'demo-trzb-m1', 1, 'Настройки и номенклатури', 'Фирма, длъжности, видове плащания и удръжки.', 4.0,
        (SELECT id FROM learning_topic WHERE name = 'Настройки на фирмата и номенклатури'));
SET @m = LAST_INSERT_ID();
INSERT INTO lesson (module_id, lineage, position, title, content, doc_link) VALUES
    (@m, 'demo-trzb-l1', 1, 'Данни на фирмата и осигурителни параметри',
     '<p>Въвеждаме ЕИК, адрес, НКИД и осигурителните прагове. <strong>Минималната работна заплата за 2025 г. е 1077 лв.</strong></p>',
     'https://www.omegasoft.bg/help/omex-trz/firma'),
    (@m, 'demo-trzb-l2', 2, 'Длъжности по НКПД и видове плащания',
     '<p>Номенклатурата на длъжностите и видовете плащания определя как се изчисляват заплатите.</p>', NULL);
INSERT INTO programme_module (version_id, lineage, position, title, summary, hours, topic_id)
VALUES (@trzb1, 'demo-trzb-m2', 2, 'Месечна заплата', 'Присъствие, възнаграждения, осигуровки и данък.', 8.0,
        (SELECT id FROM learning_topic WHERE name = 'Месечно изчисляване на заплатите'));
SET @m = LAST_INSERT_ID();
INSERT INTO lesson (module_id, lineage, position, title, content, doc_link) VALUES
    (@m, 'demo-trzb-l3', 1, 'Изчисляване на месечната заплата',
     '<p>От присъствената форма до фиша: основна заплата, клас прослужено време, допълнителни възнаграждения.</p>', NULL),
    (@m, 'demo-trzb-l4', 2, 'Декларации Образец 1 и 6',
     '<p>Подаване към НАП до 25-о число на следващия месец.</p>', 'https://www.omegasoft.bg/help/omex-trz/deklaracii');
INSERT INTO programme_module (version_id, lineage, position, title, summary, hours, topic_id)
VALUES (@trzb1, 'demo-trzb-m3', 3, 'Отпуски и болнични', 'Платен годишен отпуск и временна неработоспособност.', 4.0,
        (SELECT id FROM learning_topic WHERE name = 'Отпуски и болнични'));
SET @m = LAST_INSERT_ID();
INSERT INTO lesson (module_id, lineage, position, title, content, doc_link) VALUES
    (@m, 'demo-trzb-l5', 1, 'Платен годишен отпуск',
     '<p>Натрупване, ползване и обезщетение за неизползван отпуск.</p>', NULL),
    (@m, 'demo-trzb-l6', 2, 'Болнични листове',
     '<p>Първите три дни за сметка на работодателя (70%), след това НОИ.</p>', NULL);

INSERT INTO programme_version (programme_id, number, status, title, description, outcomes, price, pass_mark,
                               reason, reason_reference, reason_effective_on, reason_note, applies_from,
                               published_at, published_by, created_at, created_by)
VALUES (@trzb, 2, 'PUBLISHED', 'ТРЗ за начинаещи',
        'Първи стъпки в Омекс ТРЗ: настройка на фирмата, назначаване, месечна заплата, отпуски и болнични. Актуализирана за 2026 г. (евро, нова минимална работна заплата).',
        'След обучението участниците изчисляват самостоятелно месечните заплати в евро и подават декларации Образец 1 и 6.',
        240.00, 70, 'REGULATION_CHANGE',
        'Постановление на Министерския съвет за определяне на нов размер на минималната работна заплата за страната (620,20 € от 01.01.2026 г.)',
        '2026-01-01', 'Заплатите се изчисляват в евро от 1 януари 2026 г.', '2026-01-01',
        UTC_TIMESTAMP(3) - INTERVAL 60 DAY, 'trainer', UTC_TIMESTAMP(3) - INTERVAL 70 DAY, 'trainer');
SET @trzb2 = LAST_INSERT_ID();

INSERT INTO programme_module (version_id, lineage, position, title, summary, hours, topic_id)
VALUES (@trzb2, 'demo-trzb-m1', 1, 'Настройки и номенклатури', 'Фирма, длъжности, видове плащания и удръжки.', 4.0,
        (SELECT id FROM learning_topic WHERE name = 'Настройки на фирмата и номенклатури'));
SET @m = LAST_INSERT_ID();
INSERT INTO lesson (module_id, lineage, position, title, content, doc_link) VALUES
    (@m, 'demo-trzb-l1', 1, 'Данни на фирмата и осигурителни параметри',
     '<p>Въвеждаме ЕИК, адрес, НКИД и осигурителните прагове. <strong>Минималната работна заплата от 1 януари 2026 г. е 620,20 €.</strong></p><p>Максималният осигурителен доход се въвежда в евро.</p>',
     'https://www.omegasoft.bg/help/omex-trz/firma'),
    (@m, 'demo-trzb-l2', 2, 'Длъжности по НКПД и видове плащания',
     '<p>Номенклатурата на длъжностите и видовете плащания определя как се изчисляват заплатите.</p>', NULL);
INSERT INTO programme_module (version_id, lineage, position, title, summary, hours, topic_id)
VALUES (@trzb2, 'demo-trzb-m2', 2, 'Месечна заплата в евро', 'Присъствие, възнаграждения, осигуровки и данък; закръгляне в евро.', 8.0,
        (SELECT id FROM learning_topic WHERE name = 'Месечно изчисляване на заплатите'));
SET @m = LAST_INSERT_ID();
INSERT INTO lesson (module_id, lineage, position, title, content, doc_link) VALUES
    (@m, 'demo-trzb-l3', 1, 'Изчисляване на месечната заплата',
     '<p>От присъствената форма до фиша: основна заплата, клас прослужено време, допълнителни възнаграждения.</p>', NULL),
    (@m, 'demo-trzb-l4', 2, 'Декларации Образец 1 и 6',
     '<p>Подаване към НАП до 25-о число на следващия месец.</p>', 'https://www.omegasoft.bg/help/omex-trz/deklaracii'),
    (@m, 'demo-trzb-l7', 3, 'Преминаване към евро',
     '<p>Превалутиране на договорените възнаграждения по фиксирания курс 1,95583 лв. за 1 € и закръгляне до цент.</p>', NULL);
INSERT INTO programme_module (version_id, lineage, position, title, summary, hours, topic_id)
VALUES (@trzb2, 'demo-trzb-m3', 3, 'Отпуски и болнични', 'Платен годишен отпуск и временна неработоспособност.', 4.0,
        (SELECT id FROM learning_topic WHERE name = 'Отпуски и болнични'));
SET @m = LAST_INSERT_ID();
INSERT INTO lesson (module_id, lineage, position, title, content, doc_link) VALUES
    (@m, 'demo-trzb-l5', 1, 'Платен годишен отпуск',
     '<p>Натрупване, ползване и обезщетение за неизползван отпуск.</p>', NULL),
    (@m, 'demo-trzb-l6', 2, 'Болнични листове',
     '<p>Първите три дни за сметка на работодателя (70%), след това НОИ.</p>', NULL);

-- The other standard programmes, each in its first edition
INSERT INTO programme (kind, product_id, level, created_at, created_by)
VALUES ('STANDARD', @payroll, 'ADVANCED', UTC_TIMESTAMP(3) - INTERVAL 100 DAY, 'trainer');
SET @p = LAST_INSERT_ID();
INSERT INTO programme_version (programme_id, number, status, title, description, outcomes, price, pass_mark,
                               reason, applies_from, published_at, published_by, created_at, created_by)
VALUES (@p, 1, 'PUBLISHED', 'ТРЗ за напреднали',
        'Сложни случаи в Омекс ТРЗ: корекции за минали периоди, годишно изравняване, запори и удръжки.',
        'Участниците коригират минали периоди и правят годишното изравняване на данъка.',
        360.00, 75, 'FIRST_EDITION', '2026-02-01', UTC_TIMESTAMP(3) - INTERVAL 90 DAY, 'trainer',
        UTC_TIMESTAMP(3) - INTERVAL 100 DAY, 'trainer');
SET @v = LAST_INSERT_ID();
INSERT INTO programme_module (version_id, lineage, position, title, summary, hours, topic_id)
VALUES (@v, 'demo-trza-m1', 1, 'Корекции и минали периоди', 'Сторно, корекционни декларации.', 12.0,
        (SELECT id FROM learning_topic WHERE name = 'Осигуровки и декларации Образец 1 и 6'));
SET @m = LAST_INSERT_ID();
INSERT INTO lesson (module_id, lineage, position, title, content) VALUES
    (@m, 'demo-trza-l1', 1, 'Корекции на изплатени заплати', '<p>Как се коригира затворен месец без повторно подаване на всичко.</p>'),
    (@m, 'demo-trza-l2', 2, 'Коригиращи декларации Образец 1', '<p>Видове корекции и срокове.</p>');
INSERT INTO programme_module (version_id, lineage, position, title, summary, hours, topic_id)
VALUES (@v, 'demo-trza-m2', 2, 'Годишно изравняване', 'Изравняване по чл. 49 ЗДДФЛ и справка по чл. 73.', 12.0,
        (SELECT id FROM learning_topic WHERE name = 'Годишно изравняване на данъка'));
SET @m = LAST_INSERT_ID();
INSERT INTO lesson (module_id, lineage, position, title, content) VALUES
    (@m, 'demo-trza-l3', 1, 'Годишно изравняване на данъка', '<p>Кога работодателят изравнява и как Омекс го изчислява.</p>'),
    (@m, 'demo-trza-l4', 2, 'Справка по чл. 73 ЗДДФЛ', '<p>Подготовка и подаване към НАП.</p>');
SET @trza1 = @v;

INSERT INTO programme (kind, product_id, level, created_at, created_by)
VALUES ('STANDARD', @hr, 'BEGINNER', UTC_TIMESTAMP(3) - INTERVAL 100 DAY, 'trainer');
SET @p = LAST_INSERT_ID();
INSERT INTO programme_version (programme_id, number, status, title, description, outcomes, price, pass_mark,
                               reason, applies_from, published_at, published_by, created_at, created_by)
VALUES (@p, 1, 'PUBLISHED', 'Персонал — основи',
        'Трудови договори, допълнителни споразумения и уведомления към НАП в Омекс Персонал.',
        'Участниците назначават, променят и прекратяват трудови правоотношения и подават уведомленията по чл. 62.',
        180.00, 70, 'FIRST_EDITION', '2026-01-15', UTC_TIMESTAMP(3) - INTERVAL 90 DAY, 'trainer',
        UTC_TIMESTAMP(3) - INTERVAL 100 DAY, 'trainer');
SET @hrb1 = LAST_INSERT_ID();
INSERT INTO programme_module (version_id, lineage, position, title, summary, hours, topic_id)
VALUES (@hrb1, 'demo-hrb-m1', 1, 'Назначаване', 'Трудов договор и уведомление по чл. 62.', 6.0,
        (SELECT id FROM learning_topic WHERE name = 'Трудови договори и допълнителни споразумения'));
SET @m = LAST_INSERT_ID();
INSERT INTO lesson (module_id, lineage, position, title, content, doc_link) VALUES
    (@m, 'demo-hrb-l1', 1, 'Трудов договор в Омекс Персонал', '<p>Шаблони, длъжност по НКПД, възнаграждение, срок.</p>', NULL),
    (@m, 'demo-hrb-l2', 2, 'Уведомление по чл. 62 КТ', '<p>Подаване към НАП в тридневен срок.</p>', 'https://www.omegasoft.bg/help/omex-personal/uvedomlenia');
INSERT INTO programme_module (version_id, lineage, position, title, summary, hours, topic_id)
VALUES (@hrb1, 'demo-hrb-m2', 2, 'Промени и прекратяване', 'Допълнителни споразумения и прекратяване.', 6.0,
        (SELECT id FROM learning_topic WHERE name = 'Прекратяване на трудово правоотношение'));
SET @m = LAST_INSERT_ID();
INSERT INTO lesson (module_id, lineage, position, title, content) VALUES
    (@m, 'demo-hrb-l3', 1, 'Допълнително споразумение', '<p>Промяна на длъжност, заплата или работно време.</p>'),
    (@m, 'demo-hrb-l4', 2, 'Прекратяване и обезщетения', '<p>Основания по КТ и обезщетения при прекратяване.</p>');

INSERT INTO programme (kind, product_id, level, created_at, created_by)
VALUES ('STANDARD', @hr, 'ADVANCED', UTC_TIMESTAMP(3) - INTERVAL 100 DAY, 'trainer');
SET @p = LAST_INSERT_ID();
INSERT INTO programme_version (programme_id, number, status, title, description, outcomes, price, pass_mark,
                               reason, applies_from, published_at, published_by, created_at, created_by)
VALUES (@p, 1, 'PUBLISHED', 'Персонал за напреднали',
        'Справки, структура на персонала, масови промени и отчети за управлението.',
        'Участниците правят масови промени и собствени справки.',
        280.00, 75, 'FIRST_EDITION', '2026-01-15', UTC_TIMESTAMP(3) - INTERVAL 90 DAY, 'trainer',
        UTC_TIMESTAMP(3) - INTERVAL 100 DAY, 'trainer');
SET @v = LAST_INSERT_ID();
INSERT INTO programme_module (version_id, lineage, position, title, summary, hours, topic_id)
VALUES (@v, 'demo-hra-m1', 1, 'Справки и отчети', 'Стандартни и собствени справки.', 8.0,
        (SELECT id FROM learning_topic WHERE name = 'Справки и отчети'));
SET @m = LAST_INSERT_ID();
INSERT INTO lesson (module_id, lineage, position, title, content) VALUES
    (@m, 'demo-hra-l1', 1, 'Генератор на справки', '<p>Собствени справки с филтри и групиране.</p>'),
    (@m, 'demo-hra-l2', 2, 'Масови промени', '<p>Индексация на заплати и масови допълнителни споразумения.</p>');

INSERT INTO programme (kind, product_id, level, created_at, created_by)
VALUES ('STANDARD', @time, 'BEGINNER', UTC_TIMESTAMP(3) - INTERVAL 100 DAY, 'trainer');
SET @p = LAST_INSERT_ID();
INSERT INTO programme_version (programme_id, number, status, title, description, outcomes, price, pass_mark,
                               reason, applies_from, published_at, published_by, created_at, created_by)
VALUES (@p, 1, 'PUBLISHED', 'Работно време — основи',
        'Графици, смени и отчитане на присъствието в Омекс Работно време.',
        'Участниците съставят месечни графици и отчитат присъствието.',
        150.00, 70, 'FIRST_EDITION', '2026-01-15', UTC_TIMESTAMP(3) - INTERVAL 90 DAY, 'trainer',
        UTC_TIMESTAMP(3) - INTERVAL 100 DAY, 'trainer');
SET @v = LAST_INSERT_ID();
INSERT INTO programme_module (version_id, lineage, position, title, summary, hours, topic_id)
VALUES (@v, 'demo-timb-m1', 1, 'Графици и присъствие', 'Смени, графици и присъствена форма.', 8.0,
        (SELECT id FROM learning_topic WHERE name = 'Графици и смени'));
SET @m = LAST_INSERT_ID();
INSERT INTO lesson (module_id, lineage, position, title, content) VALUES
    (@m, 'demo-timb-l1', 1, 'Смени и месечен график', '<p>Дефиниране на смени и съставяне на график.</p>'),
    (@m, 'demo-timb-l2', 2, 'Присъствена форма', '<p>Отчитане на отработеното време и отсъствията.</p>');

INSERT INTO programme (kind, product_id, level, created_at, created_by)
VALUES ('STANDARD', @time, 'ADVANCED', UTC_TIMESTAMP(3) - INTERVAL 100 DAY, 'trainer');
SET @p = LAST_INSERT_ID();
INSERT INTO programme_version (programme_id, number, status, title, description, outcomes, price, pass_mark,
                               reason, applies_from, published_at, published_by, created_at, created_by)
VALUES (@p, 1, 'PUBLISHED', 'Сумирано изчисляване на работното време',
        'Сумирано отчитане, извънреден и нощен труд, превръщане на нощните часове.',
        'Участниците отчитат сумирано работно време и изчисляват извънредния труд.',
        220.00, 75, 'FIRST_EDITION', '2026-01-15', UTC_TIMESTAMP(3) - INTERVAL 90 DAY, 'trainer',
        UTC_TIMESTAMP(3) - INTERVAL 100 DAY, 'trainer');
SET @v = LAST_INSERT_ID();
INSERT INTO programme_module (version_id, lineage, position, title, summary, hours, topic_id)
VALUES (@v, 'demo-tima-m1', 1, 'Сумирано отчитане', 'Период на отчитане и нормална продължителност.', 6.0,
        (SELECT id FROM learning_topic WHERE name = 'Сумирано изчисляване на работното време'));
SET @m = LAST_INSERT_ID();
INSERT INTO lesson (module_id, lineage, position, title, content) VALUES
    (@m, 'demo-tima-l1', 1, 'Период на сумиране', '<p>Избор на период и изчисляване на нормата.</p>'),
    (@m, 'demo-tima-l2', 2, 'Извънреден и нощен труд', '<p>Превръщане на нощните часове с коефициент 1,143.</p>');

-- Sessions: online, since the remote-only policy is on
SET @trainer = (SELECT id FROM app_user WHERE username = 'trainer');
SET @trainee = (SELECT id FROM app_user WHERE username = 'trainee');

INSERT INTO training_session (version_id, first_day, last_day, daily_start, daily_end, format, venue, trainer_id,
                              capacity, seats_taken, status, created_at, created_by)
VALUES (@trzb2, CURDATE() + INTERVAL 10 DAY, CURDATE() + INTERVAL 11 DAY, '09:30', '17:30', 'ONLINE',
        'Онлайн (Microsoft Teams; връзката се изпраща на записаните)', @trainer, 12, 0, 'PLANNED', UTC_TIMESTAMP(3), 'trainer'),
       (@hrb1, CURDATE() + INTERVAL 17 DAY, CURDATE() + INTERVAL 18 DAY, '09:30', '16:30', 'ONLINE',
        'Онлайн (Microsoft Teams)', @trainer, 10, 1, 'PLANNED', UTC_TIMESTAMP(3), 'trainer'),
       (@trza1, CURDATE() + INTERVAL 24 DAY, CURDATE() + INTERVAL 26 DAY, '09:00', '17:00', 'ONLINE',
        'Онлайн (Microsoft Teams)', @trainer, 8, 0, 'PLANNED', UTC_TIMESTAMP(3), 'trainer');
SET @hrsession = (SELECT id FROM training_session WHERE version_id = @hrb1);

-- A past run of version 1, so the trainee sees that version 2 exists and why
INSERT INTO training_session (version_id, first_day, last_day, daily_start, daily_end, format, venue, trainer_id,
                              capacity, seats_taken, status, created_at, created_by)
VALUES (@trzb1, CURDATE() - INTERVAL 80 DAY, CURDATE() - INTERVAL 79 DAY, '09:30', '17:30', 'ONLINE',
        'Онлайн (Microsoft Teams)', @trainer, 12, 1, 'COMPLETED', UTC_TIMESTAMP(3) - INTERVAL 100 DAY, 'trainer');
SET @oldsession = LAST_INSERT_ID();

INSERT INTO enrolment (session_id, trainee_id, version_id, status, requested_at, enrolled_by, confirmed_at)
VALUES (@oldsession, @trainee, @trzb1, 'CONFIRMED', UTC_TIMESTAMP(3) - INTERVAL 95 DAY, 'clientadmin', UTC_TIMESTAMP(3) - INTERVAL 95 DAY);
SET @e = LAST_INSERT_ID();
INSERT INTO attendance (enrolment_id, day, present) VALUES
    (@e, CURDATE() - INTERVAL 80 DAY, TRUE), (@e, CURDATE() - INTERVAL 79 DAY, TRUE);
INSERT INTO lesson_completion (enrolment_id, lesson_id, completed_at)
SELECT @e, l.id, UTC_TIMESTAMP(3) - INTERVAL 79 DAY FROM lesson l JOIN programme_module m ON l.module_id = m.id
WHERE m.version_id = @trzb1 AND m.position IN (1, 2);

INSERT INTO enrolment (session_id, trainee_id, version_id, status, requested_at, enrolled_by, confirmed_at)
VALUES (@hrsession, @trainee, @hrb1, 'CONFIRMED', UTC_TIMESTAMP(3) - INTERVAL 3 DAY, 'trainee', UTC_TIMESTAMP(3) - INTERVAL 3 DAY);

-- An individual programme for Деметра Агро ЕООД with a quote waiting for the client
SET @demetra = (SELECT id FROM client WHERE uic = '201234563');
INSERT INTO programme (kind, product_id, level, client_id, needs_notes, created_at, created_by)
VALUES ('INDIVIDUAL', @payroll, 'ADVANCED', @demetra,
        'Около 40 сезонни работници на еднодневни трудови договори от април до октомври; две площадки (Пловдив и Садово). Счетоводството е външно.',
        UTC_TIMESTAMP(3) - INTERVAL 20 DAY, 'trainer');
SET @ind = LAST_INSERT_ID();
INSERT INTO programme_process (programme_id, process) VALUES
    (@ind, 'HIRING'), (@ind, 'MONTHLY_PAYROLL'), (@ind, 'SICK_LEAVE'), (@ind, 'SOCIAL_SECURITY_DECLARATIONS'), (@ind, 'SHIFT_SCHEDULES');
INSERT INTO programme_version (programme_id, number, status, title, description, outcomes, price, pass_mark,
                               reason, applies_from, published_at, published_by, created_at, created_by)
VALUES (@ind, 1, 'PUBLISHED', 'ТРЗ за сезонна заетост — Деметра Агро',
        'Индивидуална програма за екипа на Деметра Агро ЕООД: еднодневни трудови договори, сезонни работници и декларации.',
        'Екипът обработва самостоятелно сезонната заетост в Омекс ТРЗ.',
        NULL, 75, 'FIRST_EDITION', CURDATE(), UTC_TIMESTAMP(3) - INTERVAL 10 DAY, 'trainer',
        UTC_TIMESTAMP(3) - INTERVAL 20 DAY, 'trainer');
SET @indv = LAST_INSERT_ID();
INSERT INTO programme_module (version_id, lineage, position, title, summary, hours, topic_id, custom, source_version_id)
VALUES (@indv, 'demo-ind-m1', 1, 'Месечна заплата в евро', 'Присъствие, възнаграждения, осигуровки и данък; закръгляне в евро.', 8.0,
        (SELECT id FROM learning_topic WHERE name = 'Месечно изчисляване на заплатите'), FALSE, @trzb2);
SET @m = LAST_INSERT_ID();
INSERT INTO lesson (module_id, lineage, position, title, content) VALUES
    (@m, 'demo-ind-l1', 1, 'Изчисляване на месечната заплата', '<p>От присъствената форма до фиша.</p>'),
    (@m, 'demo-ind-l2', 2, 'Декларации Образец 1 и 6', '<p>Подаване към НАП до 25-о число на следващия месец.</p>');
INSERT INTO programme_module (version_id, lineage, position, title, summary, hours, topic_id, custom)
VALUES (@indv, 'demo-ind-m2', 2, 'Сезонни работници', 'Еднодневни трудови договори по чл. 114а КТ и сезонна селскостопанска работа.', 4.0,
        (SELECT id FROM learning_topic WHERE name = 'Трудови договори и допълнителни споразумения'), TRUE);
SET @m = LAST_INSERT_ID();
INSERT INTO lesson (module_id, lineage, position, title, content) VALUES
    (@m, 'demo-ind-l3', 1, 'Еднодневни договори по чл. 114а КТ', '<p>Регистриране на договорите, уведомления и изплащане.</p>'),
    (@m, 'demo-ind-l4', 2, 'Осигуряване на сезонните работници', '<p>Декларации и осигурителни вноски за кратки договори.</p>');

INSERT INTO quote (number, programme_id, version_id, client_id, status, venue, trainees, distance_km, hours, days,
                   breakdown, computed_amount, amount, vat, total, valid_until, created_at, created_by, sent_at, sent_by)
VALUES (CONCAT('tmp-', UUID()), @ind, @indv, @demetra, 'SENT', 'ONLINE', 8, 0, 12.0, 2,
        'tuition|12.0|70.00|840.00\ntrainees|8|30.00|240.00\ndays=2', 1080.00, 1080.00, 216.00, 1296.00,
        CURDATE() + INTERVAL 30 DAY, UTC_TIMESTAMP(3) - INTERVAL 2 DAY, 'trainer', UTC_TIMESTAMP(3) - INTERVAL 2 DAY, 'trainer');
UPDATE quote SET number = CONCAT('Q-', YEAR(CURDATE()), '-', LPAD(id, 6, '0')) WHERE id = LAST_INSERT_ID();
