-- Foundation (issue 2): organisation, client companies, users and roles, API tokens, audit trail.
-- Moments are stored as UTC in DATETIME(3) columns (see InstantConverter).

CREATE TABLE organisation (
    id            BIGINT       NOT NULL PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    uic           VARCHAR(13)  NOT NULL,
    vat_number    VARCHAR(14),
    street        VARCHAR(200) NOT NULL,
    city          VARCHAR(100) NOT NULL,
    postcode      VARCHAR(10),
    phone         VARCHAR(40)  NOT NULL,
    phone_alt     VARCHAR(40),
    email         VARCHAR(254) NOT NULL,
    website       VARCHAR(200),
    iban          VARCHAR(34)  NOT NULL,
    bic           VARCHAR(11)  NOT NULL,
    bank_name     VARCHAR(200) NOT NULL,
    remote_only   BOOLEAN      NOT NULL DEFAULT FALSE,
    updated_at    DATETIME(3),
    updated_by    VARCHAR(60),
    version       INT          NOT NULL DEFAULT 0,
    CONSTRAINT organisation_single_row CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The vendor that runs the platform (its charter is in the repository's seed); ADMIN edits it.
INSERT INTO organisation (id, name, uic, vat_number, street, city, postcode, phone, phone_alt, email,
                          website, iban, bic, bank_name, remote_only)
VALUES (1, 'ОмегаСофт ООД', '131578107', 'BG131578107',
        'ж.к. Младост, бул. Александър Малинов 51, вход А, етаж 6, офис А10', 'София', '1712',
        '+359 2 439 68 60', '0700 45654', 'office@omegasoft.bg', 'www.omegasoft.bg',
        'BG11UNCR70001520412307', 'UNCRBGSF', 'УниКредит Булбанк АД', TRUE);

CREATE TABLE client (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    uic         VARCHAR(13)  NOT NULL,
    vat_number  VARCHAR(14),
    street      VARCHAR(200),
    city        VARCHAR(100),
    postcode    VARCHAR(10),
    email       VARCHAR(254),
    phone       VARCHAR(40),
    created_at  DATETIME(3)  NOT NULL,
    version     INT          NOT NULL DEFAULT 0,
    CONSTRAINT client_uic_unique UNIQUE (uic)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE app_user (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username            VARCHAR(60)  NOT NULL,
    full_name           VARCHAR(200) NOT NULL,
    email               VARCHAR(254),
    password_hash       VARCHAR(200) NOT NULL,
    enabled             BOOLEAN      NOT NULL DEFAULT TRUE,
    locale              VARCHAR(5)   NOT NULL DEFAULT 'bg',
    client_id           BIGINT,
    failed_sign_ins     INT          NOT NULL DEFAULT 0,
    locked_until        DATETIME(3),
    last_sign_in_at     DATETIME(3),
    password_changed_at DATETIME(3)  NOT NULL,
    created_at          DATETIME(3)  NOT NULL,
    version             INT          NOT NULL DEFAULT 0,
    CONSTRAINT app_user_username_unique UNIQUE (username),
    CONSTRAINT app_user_client_fk FOREIGN KEY (client_id) REFERENCES client (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE app_user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(20) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT app_user_role_user_fk FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT app_user_role_known CHECK (role IN ('TRAINEE', 'TRAINER', 'STAFF', 'CLIENT_ADMIN',
                                                   'BATCH_OPERATOR', 'FINANCE', 'ADMIN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE api_token (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id      BIGINT       NOT NULL,
    name         VARCHAR(100) NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    prefix       VARCHAR(12)  NOT NULL,
    created_at   DATETIME(3)  NOT NULL,
    expires_at   DATETIME(3),
    last_used_at DATETIME(3),
    revoked_at   DATETIME(3),
    CONSTRAINT api_token_hash_unique UNIQUE (token_hash),
    CONSTRAINT api_token_user_fk FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE audit_event (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at    DATETIME(3)   NOT NULL,
    actor          VARCHAR(100)  NOT NULL,
    action         VARCHAR(60)   NOT NULL,
    subject_type   VARCHAR(60),
    subject_id     VARCHAR(100),
    detail         VARCHAR(1000),
    source_address VARCHAR(45),
    INDEX audit_event_subject (subject_type, subject_id),
    INDEX audit_event_time (occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
