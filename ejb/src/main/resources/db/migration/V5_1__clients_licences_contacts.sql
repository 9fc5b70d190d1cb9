-- Issue 5, clients (B1): contacts, licences of Omex products with their owner history, and whether
-- the client has a service contract (a plain field until the contracts capability owns it).

ALTER TABLE client ADD COLUMN has_service_contract BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE client_contact (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    client_id  BIGINT       NOT NULL,
    name       VARCHAR(200) NOT NULL,
    position   VARCHAR(100),
    email      VARCHAR(254),
    phone      VARCHAR(40),
    CONSTRAINT client_contact_client_fk FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE,
    CONSTRAINT client_contact_email_unique UNIQUE (client_id, email),
    INDEX client_contact_email (email)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE licence (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    product         VARCHAR(100) NOT NULL,
    licence_number  VARCHAR(40)  NOT NULL,
    seats           INT          NOT NULL,
    owner_client_id BIGINT       NOT NULL,
    created_at      DATETIME(3)  NOT NULL,
    version         INT          NOT NULL DEFAULT 0,
    CONSTRAINT licence_number_unique UNIQUE (licence_number),
    CONSTRAINT licence_owner_fk FOREIGN KEY (owner_client_id) REFERENCES client (id),
    CONSTRAINT licence_seats_positive CHECK (seats > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who owned a licence when: one open row (owned_until NULL) per licence, closed on a change of owner.
CREATE TABLE licence_ownership (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    licence_id   BIGINT        NOT NULL,
    client_id    BIGINT        NOT NULL,
    owned_from   DATETIME(3)   NOT NULL,
    owned_until  DATETIME(3),
    legal_ground VARCHAR(500),
    reference    VARCHAR(100),
    recorded_by  VARCHAR(100)  NOT NULL,
    CONSTRAINT licence_ownership_licence_fk FOREIGN KEY (licence_id) REFERENCES licence (id) ON DELETE CASCADE,
    CONSTRAINT licence_ownership_client_fk FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT licence_ownership_period CHECK (owned_until IS NULL OR owned_until >= owned_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
