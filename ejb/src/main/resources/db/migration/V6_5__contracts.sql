-- Issue 6, contracts (B2): needs-and-expectations assessment, approval by a named manager, contracts
-- with versioned terms (scope and price), renewal, termination and their history. The contracts
-- capability owns client.has_service_contract from here on.

CREATE TABLE contract_assessment (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    client_id          BIGINT        NOT NULL,
    employees          INT           NOT NULL,
    sites              INT           NOT NULL,
    products           VARCHAR(300),
    expected_hours     DECIMAL(7,2)  NOT NULL,
    response_terms     VARCHAR(200),
    outsourcing        VARCHAR(500),
    notes              VARCHAR(2000),
    recorded_by        VARCHAR(100)  NOT NULL,
    recorded_at        DATETIME(3)   NOT NULL,
    decision           VARCHAR(20)   NOT NULL,
    decided_by         VARCHAR(100),
    decided_by_name    VARCHAR(200),
    decided_at         DATETIME(3),
    decision_note      VARCHAR(1000),
    version            INT           NOT NULL DEFAULT 0,
    CONSTRAINT contract_assessment_client_fk FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT contract_assessment_volume CHECK (employees >= 0 AND sites >= 0 AND expected_hours >= 0),
    INDEX contract_assessment_decision (decision)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The service types the client wants covered.
CREATE TABLE contract_assessment_type (
    assessment_id BIGINT      NOT NULL,
    service_type  VARCHAR(30) NOT NULL,
    PRIMARY KEY (assessment_id, service_type),
    CONSTRAINT contract_assessment_type_fk FOREIGN KEY (assessment_id) REFERENCES contract_assessment (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE contract (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    contract_number    VARCHAR(20),
    client_id          BIGINT        NOT NULL,
    assessment_id      BIGINT        NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    start_date         DATE          NOT NULL,
    end_date           DATE          NOT NULL,
    term_months        INT           NOT NULL,
    auto_renew         BOOLEAN       NOT NULL DEFAULT FALSE,
    signed_on          DATE,
    terminated_on      DATE,
    termination_reason VARCHAR(1000),
    created_by         VARCHAR(100)  NOT NULL,
    created_at         DATETIME(3)   NOT NULL,
    version            INT           NOT NULL DEFAULT 0,
    CONSTRAINT contract_number_unique UNIQUE (contract_number),
    CONSTRAINT contract_client_fk FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT contract_assessment_fk FOREIGN KEY (assessment_id) REFERENCES contract_assessment (id),
    CONSTRAINT contract_period CHECK (end_date > start_date),
    INDEX contract_client_status (client_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The last number given per year, locked while a number is taken, so numbers never repeat.
CREATE TABLE contract_number_sequence (
    year       INT NOT NULL PRIMARY KEY,
    last_value INT NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Versions of a contract's terms (scope and price); an amendment adds one from its effective date.
CREATE TABLE contract_terms (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    contract_id         BIGINT        NOT NULL,
    version_no          INT           NOT NULL,
    effective_from      DATE          NOT NULL,
    included_hours      DECIMAL(7,2)  NOT NULL,
    response_terms      VARCHAR(200),
    fee_period          VARCHAR(20)   NOT NULL,
    fee_amount          DECIMAL(12,2) NOT NULL,
    overage_discount    DECIMAL(5,2)  NOT NULL DEFAULT 0,
    reason              VARCHAR(1000),
    recorded_by         VARCHAR(100)  NOT NULL,
    recorded_at         DATETIME(3)   NOT NULL,
    CONSTRAINT contract_terms_contract_fk FOREIGN KEY (contract_id) REFERENCES contract (id) ON DELETE CASCADE,
    CONSTRAINT contract_terms_version_unique UNIQUE (contract_id, version_no),
    CONSTRAINT contract_terms_values CHECK (included_hours >= 0 AND fee_amount > 0
        AND overage_discount >= 0 AND overage_discount <= 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE contract_terms_type (
    terms_id     BIGINT      NOT NULL,
    service_type VARCHAR(30) NOT NULL,
    PRIMARY KEY (terms_id, service_type),
    CONSTRAINT contract_terms_type_fk FOREIGN KEY (terms_id) REFERENCES contract_terms (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The contract's own price per unit for work beyond the included hours.
CREATE TABLE contract_terms_rate (
    terms_id     BIGINT        NOT NULL,
    service_type VARCHAR(30)   NOT NULL,
    rate         DECIMAL(12,2) NOT NULL,
    PRIMARY KEY (terms_id, service_type),
    CONSTRAINT contract_terms_rate_fk FOREIGN KEY (terms_id) REFERENCES contract_terms (id) ON DELETE CASCADE,
    CONSTRAINT contract_terms_rate_positive CHECK (rate > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Outsourced finance or HR processes run as recurring services; their monthly amounts are part of
-- the periodic fee.
CREATE TABLE contract_terms_process (
    terms_id       BIGINT        NOT NULL,
    position       INT           NOT NULL,
    area           VARCHAR(20)   NOT NULL,
    name           VARCHAR(200)  NOT NULL,
    monthly_amount DECIMAL(12,2) NOT NULL,
    PRIMARY KEY (terms_id, position),
    CONSTRAINT contract_terms_process_fk FOREIGN KEY (terms_id) REFERENCES contract_terms (id) ON DELETE CASCADE,
    CONSTRAINT contract_terms_process_amount CHECK (monthly_amount >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The history of a contract: drafted, concluded, amended, renewed, terminated, expired.
CREATE TABLE contract_event (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    contract_id BIGINT        NOT NULL,
    at          DATETIME(3)   NOT NULL,
    actor       VARCHAR(100)  NOT NULL,
    kind        VARCHAR(20)   NOT NULL,
    detail      VARCHAR(1000),
    CONSTRAINT contract_event_contract_fk FOREIGN KEY (contract_id) REFERENCES contract (id) ON DELETE CASCADE,
    INDEX contract_event_contract (contract_id, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
