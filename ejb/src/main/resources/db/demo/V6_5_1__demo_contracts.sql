-- Demo contracts (issue 6, B2): Деметра Агро ЕООД (the demo client administrator's company) has a
-- concluded contract covering visits and remote sessions, 4 included hours a month, 180.00 EUR a
-- month in advance, 10% off the list price beyond the scope; Балкан Логистик АД (marked as a
-- contract client by the service desk's demo) gets its contract too, with outsourced payroll.

SET @demetra = (SELECT id FROM client WHERE uic = '201234563');
SET @balkan = (SELECT id FROM client WHERE uic = '204587312');

INSERT INTO contract_assessment (client_id, employees, sites, products, expected_hours, response_terms, outsourcing,
                                 notes, recorded_by, recorded_at, decision, decided_by, decided_by_name, decided_at,
                                 decision_note)
VALUES (@demetra, 48, 3, 'Омекс ТРЗ и ЛС', 4.00, 'Реакция до 1 работен ден', NULL,
        'Сезонна заетост през лятото; посещения в Пловдив или отдалечено.', 'staff', '2025-12-10 09:30:00.000',
        'APPROVED', 'admin', 'Анна Иванова', '2025-12-12 14:00:00.000', 'Екипът в Пловдив поема обема.');
SET @demetra_assessment = LAST_INSERT_ID();
INSERT INTO contract_assessment_type (assessment_id, service_type) VALUES
    (@demetra_assessment, 'VISIT'), (@demetra_assessment, 'REMOTE');

INSERT INTO contract (contract_number, client_id, assessment_id, status, start_date, end_date, term_months, auto_renew,
                      signed_on, created_by, created_at)
VALUES ('2026-0001', @demetra, @demetra_assessment, 'CONCLUDED', '2026-01-01', '2026-12-31', 12, TRUE,
        '2025-12-18', 'staff', '2025-12-15 10:00:00.000');
SET @demetra_contract = LAST_INSERT_ID();
INSERT INTO contract_terms (contract_id, version_no, effective_from, included_hours, response_terms, fee_period,
                            fee_amount, overage_discount, reason, recorded_by, recorded_at)
VALUES (@demetra_contract, 1, '2026-01-01', 4.00, 'Реакция до 1 работен ден', 'MONTHLY', 180.00, 10.00, NULL,
        'staff', '2025-12-15 10:00:00.000');
SET @demetra_terms = LAST_INSERT_ID();
INSERT INTO contract_terms_type (terms_id, service_type) VALUES (@demetra_terms, 'VISIT'), (@demetra_terms, 'REMOTE');
INSERT INTO contract_event (contract_id, at, actor, kind, detail) VALUES
    (@demetra_contract, '2025-12-15 10:00:00.000', 'staff', 'DRAFTED', NULL),
    (@demetra_contract, '2025-12-18 11:00:00.000', 'staff', 'CONCLUDED', '2026-0001, 18.12.2025');

INSERT INTO contract_assessment (client_id, employees, sites, products, expected_hours, response_terms, outsourcing,
                                 notes, recorded_by, recorded_at, decision, decided_by, decided_by_name, decided_at,
                                 decision_note)
VALUES (@balkan, 160, 5, 'Омекс ТРЗ и ЛС, Омекс Човешки ресурси', 8.00, 'Реакция до 4 часа',
        'Изготвяне на ведомостите за заплати', NULL, 'staff', '2026-02-02 09:00:00.000',
        'APPROVED', 'admin', 'Анна Иванова', '2026-02-05 16:30:00.000', NULL);
SET @balkan_assessment = LAST_INSERT_ID();
INSERT INTO contract_assessment_type (assessment_id, service_type) VALUES
    (@balkan_assessment, 'VISIT'), (@balkan_assessment, 'REMOTE'), (@balkan_assessment, 'TRAINING');

INSERT INTO contract (contract_number, client_id, assessment_id, status, start_date, end_date, term_months, auto_renew,
                      signed_on, created_by, created_at)
VALUES ('2026-0002', @balkan, @balkan_assessment, 'CONCLUDED', '2026-03-01', '2027-02-28', 12, FALSE,
        '2026-02-20', 'staff', '2026-02-10 10:00:00.000');
SET @balkan_contract = LAST_INSERT_ID();
INSERT INTO contract_terms (contract_id, version_no, effective_from, included_hours, response_terms, fee_period,
                            fee_amount, overage_discount, reason, recorded_by, recorded_at)
VALUES (@balkan_contract, 1, '2026-03-01', 8.00, 'Реакция до 4 часа', 'QUARTERLY', 540.00, 0.00, NULL,
        'staff', '2026-02-10 10:00:00.000');
SET @balkan_terms = LAST_INSERT_ID();
INSERT INTO contract_terms_type (terms_id, service_type) VALUES
    (@balkan_terms, 'VISIT'), (@balkan_terms, 'REMOTE'), (@balkan_terms, 'TRAINING');
INSERT INTO contract_terms_rate (terms_id, service_type, rate) VALUES (@balkan_terms, 'VISIT', 55.00);
INSERT INTO contract_terms_process (terms_id, position, area, name, monthly_amount) VALUES
    (@balkan_terms, 0, 'HR', 'Изготвяне на ведомостите за заплати', 350.00);
INSERT INTO contract_event (contract_id, at, actor, kind, detail) VALUES
    (@balkan_contract, '2026-02-10 10:00:00.000', 'staff', 'DRAFTED', NULL),
    (@balkan_contract, '2026-02-20 12:00:00.000', 'staff', 'CONCLUDED', '2026-0002, 20.02.2026');

INSERT INTO contract_number_sequence (year, last_value) VALUES (2026, 2);

UPDATE client SET has_service_contract = (id IN (@demetra, @balkan));
