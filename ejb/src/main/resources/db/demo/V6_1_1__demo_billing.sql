-- Demo data of billing: two price-list versions (2025 and from 2026) and three issued invoices of
-- Деметра Агро ЕООД (one paid, one overdue, one partly paid), numbered from the issuer's counter.

INSERT INTO price_list_version (valid_from, valid_to, referral_reward, created_at, created_by)
VALUES ('2025-01-01', '2025-12-31', 40.00, UTC_TIMESTAMP(3), 'finance'),
       ('2026-01-01', NULL, 50.00, UTC_TIMESTAMP(3), 'finance');

INSERT INTO price_list_entry (version_id, service_type, price)
SELECT v.id, p.service_type, IF(v.valid_from = '2025-01-01', p.old_price, p.price)
FROM price_list_version v
CROSS JOIN (SELECT 'VISIT' AS service_type, 60.00 AS price, 55.00 AS old_price
            UNION ALL SELECT 'REMOTE', 15.00, 14.00
            UNION ALL SELECT 'PASSWORD_RECOVERY', 30.00, 28.00
            UNION ALL SELECT 'LICENCE_OWNER_CHANGE', 120.00, 110.00
            UNION ALL SELECT 'TRAINING', 180.00, 170.00) p;

-- One row per statement: MariaDB 11.4 (the demo's embedded database) writes NULL into the first
-- column of an INSERT … SELECT of several rows into these tables, which have triggers.
INSERT INTO invoice (issuer, number, kind, status, client_id, issue_date, tax_date, due_date,
    supplier_name, supplier_address, supplier_city, supplier_postcode, supplier_uic, supplier_vat,
    customer_name, customer_address, customer_city, customer_postcode, customer_uic, customer_vat,
    iban, bic, bank_name, payment_reference, currency, tax_base, vat, total, issued_by, issued_at)
SELECT 'OMEX', '0000000001', 'INVOICE', 'ISSUED', c.id, CURDATE() - INTERVAL 80 DAY,
    CURDATE() - INTERVAL 81 DAY, CURDATE() - INTERVAL 66 DAY,
    o.name, o.street, o.city, o.postcode, o.uic, o.vat_number,
    c.name, COALESCE(c.street, ''), COALESCE(c.city, ''), c.postcode, c.uic, c.vat_number,
    o.iban, o.bic, o.bank_name, 'RF740000000001', 'EUR', 270.00, 54.00, 324.00, 'finance', UTC_TIMESTAMP(3)
FROM organisation o JOIN client c ON c.uic = '201234563'
WHERE o.id = 1;

INSERT INTO invoice (issuer, number, kind, status, client_id, issue_date, tax_date, due_date,
    supplier_name, supplier_address, supplier_city, supplier_postcode, supplier_uic, supplier_vat,
    customer_name, customer_address, customer_city, customer_postcode, customer_uic, customer_vat,
    iban, bic, bank_name, payment_reference, currency, tax_base, vat, total, issued_by, issued_at)
SELECT 'OMEX', '0000000002', 'INVOICE', 'ISSUED', c.id, CURDATE() - INTERVAL 50 DAY,
    CURDATE() - INTERVAL 51 DAY, CURDATE() - INTERVAL 36 DAY,
    o.name, o.street, o.city, o.postcode, o.uic, o.vat_number,
    c.name, COALESCE(c.street, ''), COALESCE(c.city, ''), c.postcode, c.uic, c.vat_number,
    o.iban, o.bic, o.bank_name, 'RF470000000002', 'EUR', 390.00, 78.00, 468.00, 'finance', UTC_TIMESTAMP(3)
FROM organisation o JOIN client c ON c.uic = '201234563'
WHERE o.id = 1;

INSERT INTO invoice (issuer, number, kind, status, client_id, issue_date, tax_date, due_date,
    supplier_name, supplier_address, supplier_city, supplier_postcode, supplier_uic, supplier_vat,
    customer_name, customer_address, customer_city, customer_postcode, customer_uic, customer_vat,
    iban, bic, bank_name, payment_reference, currency, tax_base, vat, total, issued_by, issued_at)
SELECT 'OMEX', '0000000003', 'INVOICE', 'ISSUED', c.id, CURDATE() - INTERVAL 10 DAY,
    CURDATE() - INTERVAL 11 DAY, CURDATE() - INTERVAL -4 DAY,
    o.name, o.street, o.city, o.postcode, o.uic, o.vat_number,
    c.name, COALESCE(c.street, ''), COALESCE(c.city, ''), c.postcode, c.uic, c.vat_number,
    o.iban, o.bic, o.bank_name, 'RF200000000003', 'EUR', 240.00, 48.00, 288.00, 'finance', UTC_TIMESTAMP(3)
FROM organisation o JOIN client c ON c.uic = '201234563'
WHERE o.id = 1;

INSERT INTO invoice_line (invoice_id, line_no, service_type, description_bg, done_on, quantity, unit_code,
    unit_bg, unit_price, tax_base, vat_rate)
SELECT id, 1, 'VISIT', 'Посещение: настройка на ТРЗ модула и обучение на счетоводителя', tax_date, 3.00, 'HUR', 'ч.', 60.00, 180.00, 20.00 FROM invoice WHERE number = '0000000001';

INSERT INTO invoice_line (invoice_id, line_no, service_type, description_bg, done_on, quantity, unit_code,
    unit_bg, unit_price, tax_base, vat_rate)
SELECT id, 2, 'REMOTE', 'Отдалечена работа: годишно приключване', tax_date, 6.00, 'C62', '15 мин.', 15.00, 90.00, 20.00 FROM invoice WHERE number = '0000000001';

INSERT INTO invoice_line (invoice_id, line_no, service_type, description_bg, done_on, quantity, unit_code,
    unit_bg, unit_price, tax_base, vat_rate)
SELECT id, 1, 'PASSWORD_RECOVERY', 'Възстановяване на забравена парола', tax_date, 1.00, 'C62', 'бр.', 30.00, 30.00, 20.00 FROM invoice WHERE number = '0000000002';

INSERT INTO invoice_line (invoice_id, line_no, service_type, description_bg, done_on, quantity, unit_code,
    unit_bg, unit_price, tax_base, vat_rate)
SELECT id, 2, 'TRAINING', 'Стандартно обучение „ТРЗ за начинаещи“, двама участници', tax_date, 2.00, 'C62', 'участник', 180.00, 360.00, 20.00 FROM invoice WHERE number = '0000000002';

INSERT INTO invoice_line (invoice_id, line_no, service_type, description_bg, done_on, quantity, unit_code,
    unit_bg, unit_price, tax_base, vat_rate)
SELECT id, 1, 'REMOTE', 'Отдалечена работа: корекция на ведомост', tax_date, 8.00, 'C62', '15 мин.', 15.00, 120.00, 20.00 FROM invoice WHERE number = '0000000003';

INSERT INTO invoice_line (invoice_id, line_no, service_type, description_bg, done_on, quantity, unit_code,
    unit_bg, unit_price, tax_base, vat_rate)
SELECT id, 2, 'LICENCE_OWNER_CHANGE', 'Смяна на собственика на лиценз', tax_date, 1.00, 'C62', 'бр.', 120.00, 120.00, 20.00 FROM invoice WHERE number = '0000000003';

INSERT INTO invoice_vat (invoice_id, rate, tax_base, vat)
SELECT id, 20.00, tax_base, vat FROM invoice WHERE number = '0000000001';
INSERT INTO invoice_vat (invoice_id, rate, tax_base, vat)
SELECT id, 20.00, tax_base, vat FROM invoice WHERE number = '0000000002';
INSERT INTO invoice_vat (invoice_id, rate, tax_base, vat)
SELECT id, 20.00, tax_base, vat FROM invoice WHERE number = '0000000003';

UPDATE invoice_counter SET last_number = 3 WHERE issuer = 'OMEX';

INSERT INTO payment (received_on, amount, payer, reference, invoice_id, recorded_by, recorded_at)
SELECT CURDATE() - INTERVAL 70 DAY, 324.00, 'Деметра Агро ЕООД', 'RF740000000001', id, 'finance', UTC_TIMESTAMP(3)
FROM invoice WHERE number = '0000000001';

INSERT INTO payment (received_on, amount, payer, reference, invoice_id, recorded_by, recorded_at)
SELECT CURDATE() - INTERVAL 3 DAY, 100.00, 'Деметра Агро ЕООД', 'RF200000000003', id, 'finance', UTC_TIMESTAMP(3)
FROM invoice WHERE number = '0000000003';
