-- Demo data for the foundation (applied only with -Domex.demo=true, e.g. by mvn -Pdemo install).
-- Every demo account has the password Omex-Demo-2026 (hashes made with PasswordHasher, 600,000 iterations).

INSERT INTO client (name, uic, vat_number, street, city, postcode, email, phone, created_at) VALUES
    ('Деметра Агро ЕООД', '201234563', 'BG201234563', 'ул. Иван Вазов 12', 'Пловдив', '4000', 'office@demetra-agro.bg', '+359 32 600 100', UTC_TIMESTAMP(3)),
    ('Балкан Логистик АД', '204587312', 'BG204587312', 'бул. Цариградско шосе 115', 'София', '1784', 'info@balkan-logistic.bg', '+359 2 970 11 22', UTC_TIMESTAMP(3)),
    ('Витоша Мед ООД', '121769056', NULL, 'ул. Черни връх 40', 'София', '1407', 'contact@vitosha-med.bg', '+359 2 862 33 44', UTC_TIMESTAMP(3)),
    ('Тракия Текстил ЕАД', '205983421', 'BG205983421', 'ул. Индустриална 3', 'Стара Загора', '6000', 'hr@trakia-textile.bg', '+359 42 611 555', UTC_TIMESTAMP(3));

INSERT INTO app_user (username, full_name, email, password_hash, locale, client_id, password_changed_at, created_at)
VALUES ('admin', 'Анна Иванова', 'anna.ivanova@omegasoft.bg', 'pbkdf2-sha256:600000:YSRUjUEk2HUNljwOdP0nFA==:nVrUMEA2YfbhWB5JJVFHVAE9NNU81LNAWpTtn+firRo=', 'bg', NULL, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3));
INSERT INTO app_user_role (user_id, role) SELECT id, 'ADMIN' FROM app_user WHERE username = 'admin';

INSERT INTO app_user (username, full_name, email, password_hash, locale, client_id, password_changed_at, created_at)
VALUES ('trainer', 'Теодора Николова', 'teodora.nikolova@omegasoft.bg', 'pbkdf2-sha256:600000:EDlzIYRRJzsNH8e2KR9gRQ==:mvXJwd5etZFcy7czLYmhnc+WaalH0eOqMjUk9LKzAKY=', 'bg', NULL, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3));
INSERT INTO app_user_role (user_id, role) SELECT id, 'TRAINER' FROM app_user WHERE username = 'trainer';

INSERT INTO app_user (username, full_name, email, password_hash, locale, client_id, password_changed_at, created_at)
VALUES ('trainee', 'Иван Петров', 'ivan.petrov@demetra-agro.bg', 'pbkdf2-sha256:600000:WyTprd3FreH4k8ph+nuSVg==:5yPTfpECprqcvweDL/WSA8a4/dQSKELfkw71Icf3Q7s=', 'bg', (SELECT id FROM client WHERE uic = '201234563'), UTC_TIMESTAMP(3), UTC_TIMESTAMP(3));
INSERT INTO app_user_role (user_id, role) SELECT id, 'TRAINEE' FROM app_user WHERE username = 'trainee';

INSERT INTO app_user (username, full_name, email, password_hash, locale, client_id, password_changed_at, created_at)
VALUES ('staff', 'Стефан Димитров', 'stefan.dimitrov@omegasoft.bg', 'pbkdf2-sha256:600000:/BvXTXfaI7F5BaGgFJNZAQ==:QLTTILuI+P8rEagaWMwTUfoKF2SLcpiwaSeAopQNV6o=', 'bg', NULL, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3));
INSERT INTO app_user_role (user_id, role) SELECT id, 'STAFF' FROM app_user WHERE username = 'staff';

INSERT INTO app_user (username, full_name, email, password_hash, locale, client_id, password_changed_at, created_at)
VALUES ('clientadmin', 'Мария Георгиева', 'maria.georgieva@demetra-agro.bg', 'pbkdf2-sha256:600000:gqaNvHSSmU8kvDbLKuT0XA==:4aj1BdZQTP49mxHU4XzECmZyhtA/+dUOc/lwtIkZNbY=', 'bg', (SELECT id FROM client WHERE uic = '201234563'), UTC_TIMESTAMP(3), UTC_TIMESTAMP(3));
INSERT INTO app_user_role (user_id, role) SELECT id, 'CLIENT_ADMIN' FROM app_user WHERE username = 'clientadmin';

INSERT INTO app_user (username, full_name, email, password_hash, locale, client_id, password_changed_at, created_at)
VALUES ('operator', 'Огнян Стоянов', 'ognyan.stoyanov@omegasoft.bg', 'pbkdf2-sha256:600000:v9oitwThYfEvi6NOYSc1mA==:a8cXiOonGPiT9xTYovZ5TGSkJ0Q29x1EBWzddlK0nDo=', 'en', NULL, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3));
INSERT INTO app_user_role (user_id, role) SELECT id, 'BATCH_OPERATOR' FROM app_user WHERE username = 'operator';

INSERT INTO app_user (username, full_name, email, password_hash, locale, client_id, password_changed_at, created_at)
VALUES ('finance', 'Фани Колева', 'fani.koleva@omegasoft.bg', 'pbkdf2-sha256:600000:PsUrptOLoDyrBzcF0ymtGg==:/hz7329eLr1iU7I7sCKib5U25kg0FwWPP/BwhH9TygM=', 'bg', NULL, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3));
INSERT INTO app_user_role (user_id, role) SELECT id, 'FINANCE' FROM app_user WHERE username = 'finance';

INSERT INTO app_user (username, full_name, email, password_hash, locale, client_id, password_changed_at, created_at)
VALUES ('lead', 'Любомир Христов', 'lyubomir.hristov@omegasoft.bg', 'pbkdf2-sha256:600000:dKkX1Ms0pUchHzO9yyJ6jA==:DBnZB1KyR9gn/NUuPn7/lhD2gWPrkrwxs5ZD8LgxpxQ=', 'bg', NULL, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3));
INSERT INTO app_user_role (user_id, role) SELECT id, 'STAFF' FROM app_user WHERE username = 'lead';
INSERT INTO app_user_role (user_id, role) SELECT id, 'TRAINER' FROM app_user WHERE username = 'lead';
