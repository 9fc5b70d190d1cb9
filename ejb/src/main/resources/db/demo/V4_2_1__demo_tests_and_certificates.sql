-- Demo data for tests and certificates (issue 4; applied only with -Domex.demo=true): question banks
-- for "ТРЗ за начинаещи" (Bulgarian payroll questions for 2026), an entry test and a final test of
-- its version 2, the final test of version 1 that the demo trainee passed (with a certificate), and
-- an entry test of Деметра Агро's individual programme taken by five of its staff, so the programme
-- page shows their competence profile. Generated once by hand; ids are looked up, never assumed.

SET @payroll = (SELECT id FROM learning_product WHERE code = 'PAYROLL');
SET @trzb = (SELECT p.id FROM programme p JOIN programme_version v ON v.programme_id = p.id
             WHERE v.title = 'ТРЗ за начинаещи' AND v.number = 2 AND p.kind = 'STANDARD');
SET @trzb1 = (SELECT id FROM programme_version WHERE programme_id = @trzb AND number = 1);
SET @trzb2 = (SELECT id FROM programme_version WHERE programme_id = @trzb AND number = 2);
SET @oldsession = (SELECT id FROM training_session WHERE version_id = @trzb1 ORDER BY id LIMIT 1);
SET @indv = (SELECT v.id FROM programme_version v WHERE v.title = 'ТРЗ за сезонна заетост — Деметра Агро');
SET @demetra = (SELECT id FROM client WHERE uic = '201234563');
SET @trainee = (SELECT id FROM app_user WHERE username = 'trainee');
SET @hash = (SELECT password_hash FROM app_user WHERE username = 'trainee');

-- More of Деметра Агро's staff (password Omex-Demo-2026, like every demo account)
INSERT INTO app_user (username, full_name, email, password_hash, locale, client_id, password_changed_at, created_at)
VALUES ('gdimov', 'Георги Димов', 'georgi.dimov@demetra-agro.bg', @hash, 'bg', @demetra, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3));
INSERT INTO app_user_role (user_id, role) SELECT id, 'TRAINEE' FROM app_user WHERE username = 'gdimov';
INSERT INTO app_user (username, full_name, email, password_hash, locale, client_id, password_changed_at, created_at)
VALUES ('estoyanova', 'Елена Стоянова', 'elena.stoyanova@demetra-agro.bg', @hash, 'bg', @demetra, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3));
INSERT INTO app_user_role (user_id, role) SELECT id, 'TRAINEE' FROM app_user WHERE username = 'estoyanova';
INSERT INTO app_user (username, full_name, email, password_hash, locale, client_id, password_changed_at, created_at)
VALUES ('nvasilev', 'Николай Василев', 'nikolay.vasilev@demetra-agro.bg', @hash, 'bg', @demetra, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3));
INSERT INTO app_user_role (user_id, role) SELECT id, 'TRAINEE' FROM app_user WHERE username = 'nvasilev';
INSERT INTO app_user (username, full_name, email, password_hash, locale, client_id, password_changed_at, created_at)
VALUES ('pkoleva', 'Петя Колева', 'petya.koleva@demetra-agro.bg', @hash, 'bg', @demetra, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3));
INSERT INTO app_user_role (user_id, role) SELECT id, 'TRAINEE' FROM app_user WHERE username = 'pkoleva';

INSERT INTO question_bank (topic_id, level, title, created_at, created_by)
VALUES ((SELECT id FROM learning_topic WHERE product_id = @payroll AND name = 'Настройки на фирмата и номенклатури'), 'BEGINNER', 'Настройки и номенклатури', UTC_TIMESTAMP(3) - INTERVAL 100 DAY, 'trainer');
SET @bank_cfg = LAST_INSERT_ID();
INSERT INTO question (bank_id, lineage, number, status, type, difficulty, text, true_answer, numeric_answer, numeric_tolerance, explanation, created_at, created_by)
VALUES (@bank_cfg, UUID(), 1, 'CURRENT', 'SINGLE_CHOICE', 'EASY', '<p>Каква е минималната месечна работна заплата за страната от 1 януари 2026 г.?</p>', NULL, NULL, NULL, 'Минималната работна заплата от 01.01.2026 г. е 620,20 € (по-рано 1 077 лв., т.е. 550,66 €).', UTC_TIMESTAMP(3) - INTERVAL 100 DAY, 'trainer');
SET @q_cfg0 = LAST_INSERT_ID();
INSERT INTO question_option (question_id, position, text, correct) VALUES (@q_cfg0, 1, '620,20 €', TRUE), (@q_cfg0, 2, '550,66 €', FALSE), (@q_cfg0, 3, '1 077,00 €', FALSE), (@q_cfg0, 4, '933,00 €', FALSE);
INSERT INTO question (bank_id, lineage, number, status, type, difficulty, text, true_answer, numeric_answer, numeric_tolerance, explanation, created_at, created_by)
VALUES (@bank_cfg, UUID(), 1, 'CURRENT', 'NUMERIC', 'MEDIUM', '<p>По фиксирания курс колко лева е 1 евро? (до пет знака след запетаята)</p>', NULL, 1.95583, 0, 'Фиксираният курс е 1,95583 лв. за 1 €.', UTC_TIMESTAMP(3) - INTERVAL 100 DAY, 'trainer');
SET @q_cfg1 = LAST_INSERT_ID();
INSERT INTO question (bank_id, lineage, number, status, type, difficulty, text, true_answer, numeric_answer, numeric_tolerance, explanation, created_at, created_by)
VALUES (@bank_cfg, UUID(), 1, 'CURRENT', 'TRUE_FALSE', 'EASY', '<p>Кодът по НКПД на длъжността се посочва в трудовия договор и в уведомлението по чл. 62, ал. 5 от Кодекса на труда.</p>', TRUE, NULL, NULL, 'Да: длъжността и кодът ѝ по НКПД са задължителни и в двата документа.', UTC_TIMESTAMP(3) - INTERVAL 100 DAY, 'trainer');
SET @q_cfg2 = LAST_INSERT_ID();
INSERT INTO question (bank_id, lineage, number, status, type, difficulty, text, true_answer, numeric_answer, numeric_tolerance, explanation, created_at, created_by)
VALUES (@bank_cfg, UUID(), 1, 'CURRENT', 'MULTIPLE_CHOICE', 'MEDIUM', '<p>Кои данни за фирмата се въвеждат в Омекс ТРЗ, за да се подават декларации към НАП?</p>', NULL, NULL, NULL, 'IBAN на служителите е за изплащането, не за декларациите.', UTC_TIMESTAMP(3) - INTERVAL 100 DAY, 'trainer');
SET @q_cfg3 = LAST_INSERT_ID();
INSERT INTO question_option (question_id, position, text, correct) VALUES (@q_cfg3, 1, 'ЕИК', TRUE), (@q_cfg3, 2, 'Основна икономическа дейност по НКИД', TRUE), (@q_cfg3, 3, 'Адрес на управление', TRUE), (@q_cfg3, 4, 'IBAN на всеки служител', FALSE);
INSERT INTO question (bank_id, lineage, number, status, type, difficulty, text, true_answer, numeric_answer, numeric_tolerance, explanation, created_at, created_by)
VALUES (@bank_cfg, UUID(), 1, 'CURRENT', 'SHORT_ANSWER', 'MEDIUM', '<p>С какво съкращение е известна Националната класификация на икономическите дейности?</p>', NULL, NULL, NULL, NULL, UTC_TIMESTAMP(3) - INTERVAL 100 DAY, 'trainer');
SET @q_cfg4 = LAST_INSERT_ID();
INSERT INTO question_option (question_id, position, text, correct) VALUES (@q_cfg4, 1, 'НКИД', TRUE);
INSERT INTO question (bank_id, lineage, number, status, type, difficulty, text, true_answer, numeric_answer, numeric_tolerance, explanation, created_at, created_by)
VALUES (@bank_cfg, UUID(), 1, 'CURRENT', 'SINGLE_CHOICE', 'HARD', '<p>Кой нормативен акт определя максималния месечен осигурителен доход за годината?</p>', NULL, NULL, NULL, NULL, UTC_TIMESTAMP(3) - INTERVAL 100 DAY, 'trainer');
SET @q_cfg5 = LAST_INSERT_ID();
INSERT INTO question_option (question_id, position, text, correct) VALUES (@q_cfg5, 1, 'Законът за бюджета на държавното обществено осигуряване', TRUE), (@q_cfg5, 2, 'Кодексът на труда', FALSE), (@q_cfg5, 3, 'Наредбата за структурата и организацията на работната заплата', FALSE), (@q_cfg5, 4, 'Законът за данъците върху доходите на физическите лица', FALSE);

INSERT INTO question_bank (topic_id, level, title, created_at, created_by)
VALUES ((SELECT id FROM learning_topic WHERE product_id = @payroll AND name = 'Месечно изчисляване на заплатите'), 'BEGINNER', 'Месечна заплата', UTC_TIMESTAMP(3) - INTERVAL 100 DAY, 'trainer');
SET @bank_pay = LAST_INSERT_ID();
INSERT INTO question (bank_id, lineage, number, status, type, difficulty, text, true_answer, numeric_answer, numeric_tolerance, explanation, created_at, created_by)
VALUES (@bank_pay, UUID(), 1, 'CURRENT', 'SINGLE_CHOICE', 'EASY', '<p>До коя дата се подава декларация Образец 1 за заплатите за м. октомври, изплатени през ноември?</p>', NULL, NULL, NULL, 'Декларациите се подават до 25-о число на месеца, следващ месеца на изплащането.', UTC_TIMESTAMP(3) - INTERVAL 100 DAY, 'trainer');
SET @q_pay0 = LAST_INSERT_ID();
INSERT INTO question_option (question_id, position, text, correct) VALUES (@q_pay0, 1, 'до 25 ноември', TRUE), (@q_pay0, 2, 'до 10 ноември', FALSE), (@q_pay0, 3, 'до 30 ноември', FALSE), (@q_pay0, 4, 'до 31 декември', FALSE);
INSERT INTO question (bank_id, lineage, number, status, type, difficulty, text, true_answer, numeric_answer, numeric_tolerance, explanation, created_at, created_by)
VALUES (@bank_pay, UUID(), 1, 'CURRENT', 'NUMERIC', 'MEDIUM', '<p>Служител с основна месечна заплата 1 200 € е отработил 15 от 20 работни дни. Колко евро е възнаграждението за отработеното време?</p>', NULL, 900, 0.01, '1 200 € ÷ 20 × 15 = 900 €.', UTC_TIMESTAMP(3) - INTERVAL 100 DAY, 'trainer');
SET @q_pay1 = LAST_INSERT_ID();
INSERT INTO question (bank_id, lineage, number, status, type, difficulty, text, true_answer, numeric_answer, numeric_tolerance, explanation, created_at, created_by)
VALUES (@bank_pay, UUID(), 1, 'CURRENT', 'TRUE_FALSE', 'EASY', '<p>Данъкът върху трудовите доходи по ЗДДФЛ е 10 %.</p>', TRUE, NULL, NULL, NULL, UTC_TIMESTAMP(3) - INTERVAL 100 DAY, 'trainer');
SET @q_pay2 = LAST_INSERT_ID();
INSERT INTO question (bank_id, lineage, number, status, type, difficulty, text, true_answer, numeric_answer, numeric_tolerance, explanation, created_at, created_by)
VALUES (@bank_pay, UUID(), 1, 'CURRENT', 'MULTIPLE_CHOICE', 'HARD', '<p>Кои осигурителни вноски се удържат (отчасти) от възнаграждението на работника?</p>', NULL, NULL, NULL, 'Вноската за ТЗПБ е изцяло за сметка на работодателя.', UTC_TIMESTAMP(3) - INTERVAL 100 DAY, 'trainer');
SET @q_pay3 = LAST_INSERT_ID();
INSERT INTO question_option (question_id, position, text, correct) VALUES (@q_pay3, 1, 'За фонд „Пенсии“ на ДОО', TRUE), (@q_pay3, 2, 'За здравно осигуряване', TRUE), (@q_pay3, 3, 'За допълнително задължително пенсионно осигуряване (УПФ)', TRUE), (@q_pay3, 4, 'За фонд „Трудова злополука и професионална болест“', FALSE);
INSERT INTO question (bank_id, lineage, number, status, type, difficulty, text, true_answer, numeric_answer, numeric_tolerance, explanation, created_at, created_by)
VALUES (@bank_pay, UUID(), 1, 'CURRENT', 'SINGLE_CHOICE', 'MEDIUM', '<p>Какво е минималното увеличение на възнаграждението за извънреден труд в работен ден?</p>', NULL, NULL, NULL, 'По чл. 262 КТ: поне 50 % за работни дни, 75 % за почивни и 100 % за празнични.', UTC_TIMESTAMP(3) - INTERVAL 100 DAY, 'trainer');
SET @q_pay4 = LAST_INSERT_ID();
INSERT INTO question_option (question_id, position, text, correct) VALUES (@q_pay4, 1, '50 %', TRUE), (@q_pay4, 2, '75 %', FALSE), (@q_pay4, 3, '100 %', FALSE), (@q_pay4, 4, '25 %', FALSE);
INSERT INTO question (bank_id, lineage, number, status, type, difficulty, text, true_answer, numeric_answer, numeric_tolerance, explanation, created_at, created_by)
VALUES (@bank_pay, UUID(), 1, 'CURRENT', 'SHORT_ANSWER', 'MEDIUM', '<p>Коя декларация за дължимите вноски и данък се подава заедно с Образец 1?</p>', NULL, NULL, NULL, NULL, UTC_TIMESTAMP(3) - INTERVAL 100 DAY, 'trainer');
SET @q_pay5 = LAST_INSERT_ID();
INSERT INTO question_option (question_id, position, text, correct) VALUES (@q_pay5, 1, 'Образец 6', TRUE), (@q_pay5, 2, 'декларация образец 6', TRUE), (@q_pay5, 3, 'обр. 6', TRUE);

INSERT INTO question_bank (topic_id, level, title, created_at, created_by)
VALUES ((SELECT id FROM learning_topic WHERE product_id = @payroll AND name = 'Отпуски и болнични'), 'BEGINNER', 'Отпуски и болнични', UTC_TIMESTAMP(3) - INTERVAL 100 DAY, 'trainer');
SET @bank_leave = LAST_INSERT_ID();
INSERT INTO question (bank_id, lineage, number, status, type, difficulty, text, true_answer, numeric_answer, numeric_tolerance, explanation, created_at, created_by)
VALUES (@bank_leave, UUID(), 1, 'CURRENT', 'NUMERIC', 'EASY', '<p>Колко работни дни е минималният платен годишен отпуск по чл. 155 от Кодекса на труда?</p>', NULL, 20, 0, NULL, UTC_TIMESTAMP(3) - INTERVAL 100 DAY, 'trainer');
SET @q_leave0 = LAST_INSERT_ID();
INSERT INTO question (bank_id, lineage, number, status, type, difficulty, text, true_answer, numeric_answer, numeric_tolerance, explanation, created_at, created_by)
VALUES (@bank_leave, UUID(), 1, 'CURRENT', 'SINGLE_CHOICE', 'MEDIUM', '<p>Какъв процент от среднодневното брутно възнаграждение изплаща работодателят за първите три дни временна неработоспособност?</p>', NULL, NULL, NULL, 'Първите три работни дни: 70 % от работодателя; от четвъртия ден обезщетението е от НОИ.', UTC_TIMESTAMP(3) - INTERVAL 100 DAY, 'trainer');
SET @q_leave1 = LAST_INSERT_ID();
INSERT INTO question_option (question_id, position, text, correct) VALUES (@q_leave1, 1, '70 %', TRUE), (@q_leave1, 2, '80 %', FALSE), (@q_leave1, 3, '90 %', FALSE), (@q_leave1, 4, '100 %', FALSE);
INSERT INTO question (bank_id, lineage, number, status, type, difficulty, text, true_answer, numeric_answer, numeric_tolerance, explanation, created_at, created_by)
VALUES (@bank_leave, UUID(), 1, 'CURRENT', 'TRUE_FALSE', 'EASY', '<p>От четвъртия ден на временната неработоспособност обезщетението се изплаща от НОИ.</p>', TRUE, NULL, NULL, NULL, UTC_TIMESTAMP(3) - INTERVAL 100 DAY, 'trainer');
SET @q_leave2 = LAST_INSERT_ID();
INSERT INTO question (bank_id, lineage, number, status, type, difficulty, text, true_answer, numeric_answer, numeric_tolerance, explanation, created_at, created_by)
VALUES (@bank_leave, UUID(), 1, 'CURRENT', 'SINGLE_CHOICE', 'HARD', '<p>Кога работникът представя на работодателя издадения болничен лист?</p>', NULL, NULL, NULL, NULL, UTC_TIMESTAMP(3) - INTERVAL 100 DAY, 'trainer');
SET @q_leave3 = LAST_INSERT_ID();
INSERT INTO question_option (question_id, position, text, correct) VALUES (@q_leave3, 1, 'до 2 работни дни от издаването', TRUE), (@q_leave3, 2, 'до 7 календарни дни', FALSE), (@q_leave3, 3, 'до края на месеца', FALSE), (@q_leave3, 4, 'до 14 календарни дни', FALSE);
INSERT INTO question (bank_id, lineage, number, status, type, difficulty, text, true_answer, numeric_answer, numeric_tolerance, explanation, created_at, created_by)
VALUES (@bank_leave, UUID(), 1, 'CURRENT', 'MULTIPLE_CHOICE', 'MEDIUM', '<p>Кои от изброените се изплащат от работодателя?</p>', NULL, NULL, NULL, 'Обезщетението за бременност и раждане е от НОИ; неплатеният отпуск не се заплаща.', UTC_TIMESTAMP(3) - INTERVAL 100 DAY, 'trainer');
SET @q_leave4 = LAST_INSERT_ID();
INSERT INTO question_option (question_id, position, text, correct) VALUES (@q_leave4, 1, 'Възнаграждение за платен годишен отпуск', TRUE), (@q_leave4, 2, 'Първите три дни болнични (70 %)', TRUE), (@q_leave4, 3, 'Обезщетение за бременност и раждане', FALSE), (@q_leave4, 4, 'Неплатен отпуск', FALSE);
INSERT INTO question (bank_id, lineage, number, status, type, difficulty, text, true_answer, numeric_answer, numeric_tolerance, explanation, created_at, created_by)
VALUES (@bank_leave, UUID(), 1, 'CURRENT', 'SHORT_ANSWER', 'EASY', '<p>Кое учреждение изплаща обезщетението за временна неработоспособност от четвъртия ден? (съкращение)</p>', NULL, NULL, NULL, NULL, UTC_TIMESTAMP(3) - INTERVAL 100 DAY, 'trainer');
SET @q_leave5 = LAST_INSERT_ID();
INSERT INTO question_option (question_id, position, text, correct) VALUES (@q_leave5, 1, 'НОИ', TRUE), (@q_leave5, 2, 'Националният осигурителен институт', TRUE);

-- Tests of ТРЗ за начинаещи: entry and final of version 2 (open), final of version 1 (closed)
INSERT INTO test_definition (kind, title, version_id, session_id, time_limit_minutes, max_attempts, available_from, available_until,
                             shuffle_options, review_allowed, published, created_at, created_by)
VALUES ('ENTRY', 'Входен тест: ТРЗ за начинаещи', @trzb2, NULL, 20, 3, NULL, NULL, TRUE, FALSE, TRUE, UTC_TIMESTAMP(3) - INTERVAL 90 DAY, 'trainer');
SET @entry2 = LAST_INSERT_ID();
INSERT INTO blueprint_line (test_id, position, bank_id, difficulty, questions) VALUES (@entry2, 1, @bank_cfg, NULL, 2), (@entry2, 2, @bank_pay, NULL, 2), (@entry2, 3, @bank_leave, NULL, 2);
INSERT INTO test_definition (kind, title, version_id, session_id, time_limit_minutes, max_attempts, available_from, available_until,
                             shuffle_options, review_allowed, published, created_at, created_by)
VALUES ('FINAL', 'Финален тест: ТРЗ за начинаещи', @trzb2, NULL, 30, 2, NULL, NULL, TRUE, TRUE, TRUE, UTC_TIMESTAMP(3) - INTERVAL 90 DAY, 'trainer');
SET @final2 = LAST_INSERT_ID();
INSERT INTO blueprint_line (test_id, position, bank_id, difficulty, questions) VALUES (@final2, 1, @bank_cfg, NULL, 3), (@final2, 2, @bank_pay, NULL, 3), (@final2, 3, @bank_leave, NULL, 3);
INSERT INTO test_definition (kind, title, version_id, session_id, time_limit_minutes, max_attempts, available_from, available_until,
                             shuffle_options, review_allowed, published, created_at, created_by)
VALUES ('FINAL', 'Финален тест: ТРЗ за начинаещи (версия 1)', @trzb1, @oldsession, 30, 2, UTC_TIMESTAMP(3) - INTERVAL 80 DAY, UTC_TIMESTAMP(3) - INTERVAL 70 DAY, TRUE, TRUE, TRUE, UTC_TIMESTAMP(3) - INTERVAL 90 DAY, 'trainer');
SET @final1 = LAST_INSERT_ID();
INSERT INTO blueprint_line (test_id, position, bank_id, difficulty, questions) VALUES (@final1, 1, @bank_cfg, NULL, 3), (@final1, 2, @bank_pay, NULL, 3), (@final1, 3, @bank_leave, NULL, 3);
INSERT INTO test_definition (kind, title, version_id, session_id, time_limit_minutes, max_attempts, available_from, available_until,
                             shuffle_options, review_allowed, published, created_at, created_by)
VALUES ('ENTRY', 'Входен тест: Деметра Агро, сезонна заетост', @indv, NULL, 20, 2, NULL, NULL, TRUE, FALSE, TRUE, UTC_TIMESTAMP(3) - INTERVAL 90 DAY, 'trainer');
SET @entryd = LAST_INSERT_ID();
INSERT INTO blueprint_line (test_id, position, bank_id, difficulty, questions) VALUES (@entryd, 1, @bank_cfg, NULL, 2), (@entryd, 2, @bank_pay, NULL, 2), (@entryd, 3, @bank_leave, NULL, 2);

-- The demo trainee passed the final test of version 1 (8 of 9) and holds its certificate
INSERT INTO attempt (test_id, trainee_id, number, status, started_at, deadline, submitted_at, submitted_by, points, max_points,
                     score_percent, passed, pass_mark)
VALUES (@final1, @trainee, 1, 'SUBMITTED', UTC_TIMESTAMP(3) - INTERVAL 75 DAY, UTC_TIMESTAMP(3) - INTERVAL 75 DAY + INTERVAL 30 MINUTE,
        UTC_TIMESTAMP(3) - INTERVAL 75 DAY + INTERVAL 14 MINUTE, 'TRAINEE', 8, 9, 88.89, TRUE, 70);
SET @a = LAST_INSERT_ID();
INSERT INTO attempt_item (attempt_id, position, question_id, option_order, answer, revision, answered_at, score) VALUES
    (@a, 1, @q_cfg0, (SELECT GROUP_CONCAT(id ORDER BY position SEPARATOR ',') FROM question_option WHERE question_id = @q_cfg0), (SELECT CAST(id AS CHAR) FROM question_option WHERE question_id = @q_cfg0 AND correct = TRUE ORDER BY position LIMIT 1), 1, UTC_TIMESTAMP(3) - INTERVAL 75 DAY + INTERVAL 1 MINUTE, 1.0000),
    (@a, 2, @q_pay1, NULL, '900', 1, UTC_TIMESTAMP(3) - INTERVAL 75 DAY + INTERVAL 2 MINUTE, 1.0000),
    (@a, 3, @q_leave1, (SELECT GROUP_CONCAT(id ORDER BY position SEPARATOR ',') FROM question_option WHERE question_id = @q_leave1), (SELECT CAST(id AS CHAR) FROM question_option WHERE question_id = @q_leave1 AND correct = TRUE ORDER BY position LIMIT 1), 1, UTC_TIMESTAMP(3) - INTERVAL 75 DAY + INTERVAL 3 MINUTE, 1.0000),
    (@a, 4, @q_cfg2, NULL, 'true', 1, UTC_TIMESTAMP(3) - INTERVAL 75 DAY + INTERVAL 4 MINUTE, 1.0000),
    (@a, 5, @q_pay0, (SELECT GROUP_CONCAT(id ORDER BY position SEPARATOR ',') FROM question_option WHERE question_id = @q_pay0), (SELECT CAST(id AS CHAR) FROM question_option WHERE question_id = @q_pay0 AND correct = TRUE ORDER BY position LIMIT 1), 1, UTC_TIMESTAMP(3) - INTERVAL 75 DAY + INTERVAL 5 MINUTE, 1.0000),
    (@a, 6, @q_leave3, (SELECT GROUP_CONCAT(id ORDER BY position SEPARATOR ',') FROM question_option WHERE question_id = @q_leave3), (SELECT CAST(id AS CHAR) FROM question_option WHERE question_id = @q_leave3 AND correct = FALSE ORDER BY position LIMIT 1), 1, UTC_TIMESTAMP(3) - INTERVAL 75 DAY + INTERVAL 6 MINUTE, 0.0000),
    (@a, 7, @q_cfg3, (SELECT GROUP_CONCAT(id ORDER BY position SEPARATOR ',') FROM question_option WHERE question_id = @q_cfg3), (SELECT GROUP_CONCAT(id ORDER BY id SEPARATOR ',') FROM question_option WHERE question_id = @q_cfg3 AND correct), 1, UTC_TIMESTAMP(3) - INTERVAL 75 DAY + INTERVAL 7 MINUTE, 1.0000),
    (@a, 8, @q_pay4, (SELECT GROUP_CONCAT(id ORDER BY position SEPARATOR ',') FROM question_option WHERE question_id = @q_pay4), (SELECT CAST(id AS CHAR) FROM question_option WHERE question_id = @q_pay4 AND correct = TRUE ORDER BY position LIMIT 1), 1, UTC_TIMESTAMP(3) - INTERVAL 75 DAY + INTERVAL 8 MINUTE, 1.0000),
    (@a, 9, @q_leave0, NULL, '20', 1, UTC_TIMESTAMP(3) - INTERVAL 75 DAY + INTERVAL 9 MINUTE, 1.0000);
INSERT INTO attempt_topic_score (attempt_id, topic_id, topic_name, points, max_points, percent) VALUES (@a, (SELECT id FROM learning_topic WHERE product_id = @payroll AND name = 'Настройки на фирмата и номенклатури'), 'Настройки на фирмата и номенклатури', 3, 3, 100.00), (@a, (SELECT id FROM learning_topic WHERE product_id = @payroll AND name = 'Месечно изчисляване на заплатите'), 'Месечно изчисляване на заплатите', 3, 3, 100.00), (@a, (SELECT id FROM learning_topic WHERE product_id = @payroll AND name = 'Отпуски и болнични'), 'Отпуски и болнични', 2, 3, 66.67);
SET @passed = @a;
INSERT INTO certificate (number, code, status, holder_id, holder_name, programme_id, version_id, programme_title, level, version_number,
                         attempt_id, score_percent, issued_on, issued_at, issuer_name, issuer_uic)
SELECT CONCAT('tmp-', UUID()), 'HUGO274PAFHSG4A7UNZQ', 'VALID', u.id, u.full_name, @trzb, @trzb1, 'ТРЗ за начинаещи', 'BEGINNER', 1,
       @passed, 88.89, DATE(UTC_TIMESTAMP(3) - INTERVAL 75 DAY), UTC_TIMESTAMP(3) - INTERVAL 75 DAY + INTERVAL 14 MINUTE, o.name, o.uic
FROM app_user u, organisation o WHERE u.id = @trainee AND o.id = 1;
UPDATE certificate SET number = CONCAT('OMX-', YEAR(issued_on), '-', LPAD(id, 6, '0')) WHERE id = LAST_INSERT_ID();

-- Entry test of Деметра Агро's individual programme: five of its staff, a competence profile per topic
INSERT INTO attempt (test_id, trainee_id, number, status, started_at, deadline, submitted_at, submitted_by, points, max_points,
                     score_percent, passed, pass_mark)
VALUES (@entryd, @trainee, 1, 'SUBMITTED', UTC_TIMESTAMP(3) - INTERVAL 12 DAY, UTC_TIMESTAMP(3) - INTERVAL 12 DAY + INTERVAL 20 MINUTE,
        UTC_TIMESTAMP(3) - INTERVAL 12 DAY + INTERVAL 14 MINUTE, 'TRAINEE', 4, 6, 66.67, NULL, NULL);
SET @a = LAST_INSERT_ID();
INSERT INTO attempt_item (attempt_id, position, question_id, option_order, answer, revision, answered_at, score) VALUES
    (@a, 1, @q_cfg0, (SELECT GROUP_CONCAT(id ORDER BY position SEPARATOR ',') FROM question_option WHERE question_id = @q_cfg0), (SELECT CAST(id AS CHAR) FROM question_option WHERE question_id = @q_cfg0 AND correct = TRUE ORDER BY position LIMIT 1), 1, UTC_TIMESTAMP(3) - INTERVAL 12 DAY + INTERVAL 1 MINUTE, 1.0000),
    (@a, 2, @q_cfg2, NULL, 'true', 1, UTC_TIMESTAMP(3) - INTERVAL 12 DAY + INTERVAL 2 MINUTE, 1.0000),
    (@a, 3, @q_pay1, NULL, '900', 1, UTC_TIMESTAMP(3) - INTERVAL 12 DAY + INTERVAL 3 MINUTE, 1.0000),
    (@a, 4, @q_pay3, (SELECT GROUP_CONCAT(id ORDER BY position SEPARATOR ',') FROM question_option WHERE question_id = @q_pay3), (SELECT CAST(id AS CHAR) FROM question_option WHERE question_id = @q_pay3 AND NOT correct ORDER BY position LIMIT 1), 1, UTC_TIMESTAMP(3) - INTERVAL 12 DAY + INTERVAL 4 MINUTE, 0.0000),
    (@a, 5, @q_leave1, (SELECT GROUP_CONCAT(id ORDER BY position SEPARATOR ',') FROM question_option WHERE question_id = @q_leave1), (SELECT CAST(id AS CHAR) FROM question_option WHERE question_id = @q_leave1 AND correct = TRUE ORDER BY position LIMIT 1), 1, UTC_TIMESTAMP(3) - INTERVAL 12 DAY + INTERVAL 5 MINUTE, 1.0000),
    (@a, 6, @q_leave5, NULL, 'не знам', 1, UTC_TIMESTAMP(3) - INTERVAL 12 DAY + INTERVAL 6 MINUTE, 0.0000);
INSERT INTO attempt_topic_score (attempt_id, topic_id, topic_name, points, max_points, percent) VALUES (@a, (SELECT id FROM learning_topic WHERE product_id = @payroll AND name = 'Настройки на фирмата и номенклатури'), 'Настройки на фирмата и номенклатури', 2, 2, 100.00), (@a, (SELECT id FROM learning_topic WHERE product_id = @payroll AND name = 'Месечно изчисляване на заплатите'), 'Месечно изчисляване на заплатите', 1, 2, 50.00), (@a, (SELECT id FROM learning_topic WHERE product_id = @payroll AND name = 'Отпуски и болнични'), 'Отпуски и болнични', 1, 2, 50.00);
INSERT INTO attempt (test_id, trainee_id, number, status, started_at, deadline, submitted_at, submitted_by, points, max_points,
                     score_percent, passed, pass_mark)
VALUES (@entryd, (SELECT id FROM app_user WHERE username = 'gdimov'), 1, 'SUBMITTED', UTC_TIMESTAMP(3) - INTERVAL 11 DAY, UTC_TIMESTAMP(3) - INTERVAL 11 DAY + INTERVAL 20 MINUTE,
        UTC_TIMESTAMP(3) - INTERVAL 11 DAY + INTERVAL 14 MINUTE, 'TRAINEE', 3, 6, 50.00, NULL, NULL);
SET @a = LAST_INSERT_ID();
INSERT INTO attempt_item (attempt_id, position, question_id, option_order, answer, revision, answered_at, score) VALUES
    (@a, 1, @q_cfg0, (SELECT GROUP_CONCAT(id ORDER BY position SEPARATOR ',') FROM question_option WHERE question_id = @q_cfg0), (SELECT CAST(id AS CHAR) FROM question_option WHERE question_id = @q_cfg0 AND correct = TRUE ORDER BY position LIMIT 1), 1, UTC_TIMESTAMP(3) - INTERVAL 11 DAY + INTERVAL 1 MINUTE, 1.0000),
    (@a, 2, @q_cfg2, NULL, 'false', 1, UTC_TIMESTAMP(3) - INTERVAL 11 DAY + INTERVAL 2 MINUTE, 0.0000),
    (@a, 3, @q_pay1, NULL, '0', 1, UTC_TIMESTAMP(3) - INTERVAL 11 DAY + INTERVAL 3 MINUTE, 0.0000),
    (@a, 4, @q_pay3, (SELECT GROUP_CONCAT(id ORDER BY position SEPARATOR ',') FROM question_option WHERE question_id = @q_pay3), (SELECT CAST(id AS CHAR) FROM question_option WHERE question_id = @q_pay3 AND NOT correct ORDER BY position LIMIT 1), 1, UTC_TIMESTAMP(3) - INTERVAL 11 DAY + INTERVAL 4 MINUTE, 0.0000),
    (@a, 5, @q_leave1, (SELECT GROUP_CONCAT(id ORDER BY position SEPARATOR ',') FROM question_option WHERE question_id = @q_leave1), (SELECT CAST(id AS CHAR) FROM question_option WHERE question_id = @q_leave1 AND correct = TRUE ORDER BY position LIMIT 1), 1, UTC_TIMESTAMP(3) - INTERVAL 11 DAY + INTERVAL 5 MINUTE, 1.0000),
    (@a, 6, @q_leave5, NULL, 'НОИ', 1, UTC_TIMESTAMP(3) - INTERVAL 11 DAY + INTERVAL 6 MINUTE, 1.0000);
INSERT INTO attempt_topic_score (attempt_id, topic_id, topic_name, points, max_points, percent) VALUES (@a, (SELECT id FROM learning_topic WHERE product_id = @payroll AND name = 'Настройки на фирмата и номенклатури'), 'Настройки на фирмата и номенклатури', 1, 2, 50.00), (@a, (SELECT id FROM learning_topic WHERE product_id = @payroll AND name = 'Месечно изчисляване на заплатите'), 'Месечно изчисляване на заплатите', 0, 2, 0.00), (@a, (SELECT id FROM learning_topic WHERE product_id = @payroll AND name = 'Отпуски и болнични'), 'Отпуски и болнични', 2, 2, 100.00);
INSERT INTO attempt (test_id, trainee_id, number, status, started_at, deadline, submitted_at, submitted_by, points, max_points,
                     score_percent, passed, pass_mark)
VALUES (@entryd, (SELECT id FROM app_user WHERE username = 'estoyanova'), 1, 'SUBMITTED', UTC_TIMESTAMP(3) - INTERVAL 10 DAY, UTC_TIMESTAMP(3) - INTERVAL 10 DAY + INTERVAL 20 MINUTE,
        UTC_TIMESTAMP(3) - INTERVAL 10 DAY + INTERVAL 14 MINUTE, 'TRAINEE', 5, 6, 83.33, NULL, NULL);
SET @a = LAST_INSERT_ID();
INSERT INTO attempt_item (attempt_id, position, question_id, option_order, answer, revision, answered_at, score) VALUES
    (@a, 1, @q_cfg0, (SELECT GROUP_CONCAT(id ORDER BY position SEPARATOR ',') FROM question_option WHERE question_id = @q_cfg0), (SELECT CAST(id AS CHAR) FROM question_option WHERE question_id = @q_cfg0 AND correct = TRUE ORDER BY position LIMIT 1), 1, UTC_TIMESTAMP(3) - INTERVAL 10 DAY + INTERVAL 1 MINUTE, 1.0000),
    (@a, 2, @q_cfg2, NULL, 'true', 1, UTC_TIMESTAMP(3) - INTERVAL 10 DAY + INTERVAL 2 MINUTE, 1.0000),
    (@a, 3, @q_pay1, NULL, '900', 1, UTC_TIMESTAMP(3) - INTERVAL 10 DAY + INTERVAL 3 MINUTE, 1.0000),
    (@a, 4, @q_pay3, (SELECT GROUP_CONCAT(id ORDER BY position SEPARATOR ',') FROM question_option WHERE question_id = @q_pay3), (SELECT GROUP_CONCAT(id ORDER BY id SEPARATOR ',') FROM question_option WHERE question_id = @q_pay3 AND correct), 1, UTC_TIMESTAMP(3) - INTERVAL 10 DAY + INTERVAL 4 MINUTE, 1.0000),
    (@a, 5, @q_leave1, (SELECT GROUP_CONCAT(id ORDER BY position SEPARATOR ',') FROM question_option WHERE question_id = @q_leave1), (SELECT CAST(id AS CHAR) FROM question_option WHERE question_id = @q_leave1 AND correct = FALSE ORDER BY position LIMIT 1), 1, UTC_TIMESTAMP(3) - INTERVAL 10 DAY + INTERVAL 5 MINUTE, 0.0000),
    (@a, 6, @q_leave5, NULL, 'НОИ', 1, UTC_TIMESTAMP(3) - INTERVAL 10 DAY + INTERVAL 6 MINUTE, 1.0000);
INSERT INTO attempt_topic_score (attempt_id, topic_id, topic_name, points, max_points, percent) VALUES (@a, (SELECT id FROM learning_topic WHERE product_id = @payroll AND name = 'Настройки на фирмата и номенклатури'), 'Настройки на фирмата и номенклатури', 2, 2, 100.00), (@a, (SELECT id FROM learning_topic WHERE product_id = @payroll AND name = 'Месечно изчисляване на заплатите'), 'Месечно изчисляване на заплатите', 2, 2, 100.00), (@a, (SELECT id FROM learning_topic WHERE product_id = @payroll AND name = 'Отпуски и болнични'), 'Отпуски и болнични', 1, 2, 50.00);
INSERT INTO attempt (test_id, trainee_id, number, status, started_at, deadline, submitted_at, submitted_by, points, max_points,
                     score_percent, passed, pass_mark)
VALUES (@entryd, (SELECT id FROM app_user WHERE username = 'nvasilev'), 1, 'SUBMITTED', UTC_TIMESTAMP(3) - INTERVAL 9 DAY, UTC_TIMESTAMP(3) - INTERVAL 9 DAY + INTERVAL 20 MINUTE,
        UTC_TIMESTAMP(3) - INTERVAL 9 DAY + INTERVAL 14 MINUTE, 'TRAINEE', 2, 6, 33.33, NULL, NULL);
SET @a = LAST_INSERT_ID();
INSERT INTO attempt_item (attempt_id, position, question_id, option_order, answer, revision, answered_at, score) VALUES
    (@a, 1, @q_cfg0, (SELECT GROUP_CONCAT(id ORDER BY position SEPARATOR ',') FROM question_option WHERE question_id = @q_cfg0), (SELECT CAST(id AS CHAR) FROM question_option WHERE question_id = @q_cfg0 AND correct = FALSE ORDER BY position LIMIT 1), 1, UTC_TIMESTAMP(3) - INTERVAL 9 DAY + INTERVAL 1 MINUTE, 0.0000),
    (@a, 2, @q_cfg2, NULL, 'false', 1, UTC_TIMESTAMP(3) - INTERVAL 9 DAY + INTERVAL 2 MINUTE, 0.0000),
    (@a, 3, @q_pay1, NULL, '900', 1, UTC_TIMESTAMP(3) - INTERVAL 9 DAY + INTERVAL 3 MINUTE, 1.0000),
    (@a, 4, @q_pay3, (SELECT GROUP_CONCAT(id ORDER BY position SEPARATOR ',') FROM question_option WHERE question_id = @q_pay3), (SELECT CAST(id AS CHAR) FROM question_option WHERE question_id = @q_pay3 AND NOT correct ORDER BY position LIMIT 1), 1, UTC_TIMESTAMP(3) - INTERVAL 9 DAY + INTERVAL 4 MINUTE, 0.0000),
    (@a, 5, @q_leave1, (SELECT GROUP_CONCAT(id ORDER BY position SEPARATOR ',') FROM question_option WHERE question_id = @q_leave1), (SELECT CAST(id AS CHAR) FROM question_option WHERE question_id = @q_leave1 AND correct = FALSE ORDER BY position LIMIT 1), 1, UTC_TIMESTAMP(3) - INTERVAL 9 DAY + INTERVAL 5 MINUTE, 0.0000),
    (@a, 6, @q_leave5, NULL, 'НОИ', 1, UTC_TIMESTAMP(3) - INTERVAL 9 DAY + INTERVAL 6 MINUTE, 1.0000);
INSERT INTO attempt_topic_score (attempt_id, topic_id, topic_name, points, max_points, percent) VALUES (@a, (SELECT id FROM learning_topic WHERE product_id = @payroll AND name = 'Настройки на фирмата и номенклатури'), 'Настройки на фирмата и номенклатури', 0, 2, 0.00), (@a, (SELECT id FROM learning_topic WHERE product_id = @payroll AND name = 'Месечно изчисляване на заплатите'), 'Месечно изчисляване на заплатите', 1, 2, 50.00), (@a, (SELECT id FROM learning_topic WHERE product_id = @payroll AND name = 'Отпуски и болнични'), 'Отпуски и болнични', 1, 2, 50.00);
INSERT INTO attempt (test_id, trainee_id, number, status, started_at, deadline, submitted_at, submitted_by, points, max_points,
                     score_percent, passed, pass_mark)
VALUES (@entryd, (SELECT id FROM app_user WHERE username = 'pkoleva'), 1, 'SUBMITTED', UTC_TIMESTAMP(3) - INTERVAL 8 DAY, UTC_TIMESTAMP(3) - INTERVAL 8 DAY + INTERVAL 20 MINUTE,
        UTC_TIMESTAMP(3) - INTERVAL 8 DAY + INTERVAL 14 MINUTE, 'TRAINEE', 5, 6, 83.33, NULL, NULL);
SET @a = LAST_INSERT_ID();
INSERT INTO attempt_item (attempt_id, position, question_id, option_order, answer, revision, answered_at, score) VALUES
    (@a, 1, @q_cfg0, (SELECT GROUP_CONCAT(id ORDER BY position SEPARATOR ',') FROM question_option WHERE question_id = @q_cfg0), (SELECT CAST(id AS CHAR) FROM question_option WHERE question_id = @q_cfg0 AND correct = TRUE ORDER BY position LIMIT 1), 1, UTC_TIMESTAMP(3) - INTERVAL 8 DAY + INTERVAL 1 MINUTE, 1.0000),
    (@a, 2, @q_cfg2, NULL, 'true', 1, UTC_TIMESTAMP(3) - INTERVAL 8 DAY + INTERVAL 2 MINUTE, 1.0000),
    (@a, 3, @q_pay1, NULL, '0', 1, UTC_TIMESTAMP(3) - INTERVAL 8 DAY + INTERVAL 3 MINUTE, 0.0000),
    (@a, 4, @q_pay3, (SELECT GROUP_CONCAT(id ORDER BY position SEPARATOR ',') FROM question_option WHERE question_id = @q_pay3), (SELECT GROUP_CONCAT(id ORDER BY id SEPARATOR ',') FROM question_option WHERE question_id = @q_pay3 AND correct), 1, UTC_TIMESTAMP(3) - INTERVAL 8 DAY + INTERVAL 4 MINUTE, 1.0000),
    (@a, 5, @q_leave1, (SELECT GROUP_CONCAT(id ORDER BY position SEPARATOR ',') FROM question_option WHERE question_id = @q_leave1), (SELECT CAST(id AS CHAR) FROM question_option WHERE question_id = @q_leave1 AND correct = TRUE ORDER BY position LIMIT 1), 1, UTC_TIMESTAMP(3) - INTERVAL 8 DAY + INTERVAL 5 MINUTE, 1.0000),
    (@a, 6, @q_leave5, NULL, 'НОИ', 1, UTC_TIMESTAMP(3) - INTERVAL 8 DAY + INTERVAL 6 MINUTE, 1.0000);
INSERT INTO attempt_topic_score (attempt_id, topic_id, topic_name, points, max_points, percent) VALUES (@a, (SELECT id FROM learning_topic WHERE product_id = @payroll AND name = 'Настройки на фирмата и номенклатури'), 'Настройки на фирмата и номенклатури', 2, 2, 100.00), (@a, (SELECT id FROM learning_topic WHERE product_id = @payroll AND name = 'Месечно изчисляване на заплатите'), 'Месечно изчисляване на заплатите', 1, 2, 50.00), (@a, (SELECT id FROM learning_topic WHERE product_id = @payroll AND name = 'Отпуски и болнични'), 'Отпуски и болнични', 2, 2, 100.00);
