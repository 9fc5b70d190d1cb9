-- Demo data of PDM (applied only with -Domex.demo=true): the space of Деметра Агро ЕООД with two
-- folders; its administrator is "clientadmin" (a CLIENT_ADMIN of the company), and the consultant
-- "staff" is assigned to it by the administrator "admin". No files: the space starts empty.

INSERT INTO pdm_space (client_id, retention_days, created_at)
SELECT id, 90, UTC_TIMESTAMP(3) FROM client WHERE uic = '201234563';

INSERT INTO pdm_folder (client_id, name, created_at, created_by)
SELECT c.id, 'Ведомости за заплати', UTC_TIMESTAMP(3), u.id
FROM client c JOIN app_user u ON u.username = 'clientadmin' WHERE c.uic = '201234563';

INSERT INTO pdm_folder (client_id, name, created_at, created_by)
SELECT c.id, 'Смяна на собственик на лиценз', UTC_TIMESTAMP(3), u.id
FROM client c JOIN app_user u ON u.username = 'clientadmin' WHERE c.uic = '201234563';

INSERT INTO pdm_assignment (client_id, user_id, assigned_at, assigned_by)
SELECT c.id, s.id, UTC_TIMESTAMP(3), a.id
FROM client c JOIN app_user s ON s.username = 'staff' JOIN app_user a ON a.username = 'admin'
WHERE c.uic = '201234563';

INSERT INTO pdm_event (client_id, occurred_at, actor, actor_name, actor_user_id, actor_side, action, detail)
SELECT c.id, UTC_TIMESTAMP(3), a.username, a.full_name, a.id, 'VENDOR', 'STAFF_ASSIGNED', s.username
FROM client c JOIN app_user s ON s.username = 'staff' JOIN app_user a ON a.username = 'admin'
WHERE c.uic = '201234563';
