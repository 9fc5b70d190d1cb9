-- Issue 6, billing (B3-B6): the versioned price list, VAT rates by date, the registry of billable
-- items, invoices and credit/debit notes with gapless numbers, their lines and VAT breakdown,
-- and bank payments. Issued documents are immutable: triggers refuse any change or deletion.

CREATE TABLE price_list_version (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    valid_from      DATE          NOT NULL,
    valid_to        DATE,
    referral_reward DECIMAL(12,2) NOT NULL DEFAULT 0,
    created_at      DATETIME(3)   NOT NULL,
    created_by      VARCHAR(100)  NOT NULL,
    CONSTRAINT price_list_valid_from_unique UNIQUE (valid_from),
    CONSTRAINT price_list_period CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CONSTRAINT price_list_reward CHECK (referral_reward >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE price_list_entry (
    version_id   BIGINT        NOT NULL,
    service_type VARCHAR(30)   NOT NULL,
    price        DECIMAL(12,2) NOT NULL,
    PRIMARY KEY (version_id, service_type),
    CONSTRAINT price_entry_version_fk FOREIGN KEY (version_id) REFERENCES price_list_version (id),
    CONSTRAINT price_entry_type CHECK (service_type IN ('VISIT', 'REMOTE', 'PASSWORD_RECOVERY',
        'LICENCE_OWNER_CHANGE', 'TRAINING')),
    CONSTRAINT price_entry_price CHECK (price >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE vat_rate (
    valid_from DATE         NOT NULL PRIMARY KEY,
    rate       DECIMAL(5,2) NOT NULL,
    CONSTRAINT vat_rate_range CHECK (rate >= 0 AND rate < 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO vat_rate (valid_from, rate) VALUES ('2007-01-01', 20.00);

-- Everything billing may invoice, registered once by its source key.
CREATE TABLE billable_item (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    source_key     VARCHAR(80)   NOT NULL,
    client_id      BIGINT        NOT NULL,
    service_type   VARCHAR(30)   NOT NULL,
    work_mode      VARCHAR(10),
    done_on        DATE          NOT NULL,
    minutes        INT           NOT NULL DEFAULT 0,
    quantity       DECIMAL(12,2) NOT NULL DEFAULT 1,
    amount         DECIMAL(12,2),
    express_kept   BOOLEAN       NOT NULL DEFAULT FALSE,
    description_bg VARCHAR(500)  NOT NULL,
    status         VARCHAR(10)   NOT NULL DEFAULT 'OPEN',
    registered_at  DATETIME(3)   NOT NULL,
    CONSTRAINT billable_item_source_unique UNIQUE (source_key),
    CONSTRAINT billable_item_client_fk FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT billable_item_status CHECK (status IN ('OPEN', 'INVOICED')),
    CONSTRAINT billable_item_mode CHECK (work_mode IS NULL OR work_mode IN ('VISIT', 'REMOTE')),
    INDEX billable_item_open (status, client_id, done_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Items a run could not price, with the reason in Bulgarian; removed when the item is invoiced.
CREATE TABLE billing_skip (
    billable_item_id BIGINT       NOT NULL PRIMARY KEY,
    billing_date     DATE         NOT NULL,
    reason           VARCHAR(500) NOT NULL,
    recorded_at      DATETIME(3)  NOT NULL,
    CONSTRAINT billing_skip_item_fk FOREIGN KEY (billable_item_id) REFERENCES billable_item (id),
    INDEX billing_skip_date (billing_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per issuer: the last number used. Locked and incremented inside the issuing transaction,
-- so a rollback gives the number back and two issuers at once are serialised.
CREATE TABLE invoice_counter (
    issuer      VARCHAR(20) NOT NULL PRIMARY KEY,
    last_number BIGINT      NOT NULL,
    CONSTRAINT invoice_counter_range CHECK (last_number >= 0 AND last_number < 10000000000)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO invoice_counter (issuer, last_number) VALUES ('OMEX', 0);

CREATE TABLE invoice (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    issuer             VARCHAR(20)   NOT NULL,
    number             CHAR(10)      NOT NULL,
    kind               VARCHAR(12)   NOT NULL,
    status             VARCHAR(10)   NOT NULL,
    client_id          BIGINT        NOT NULL,
    issue_date         DATE          NOT NULL,
    tax_date           DATE          NOT NULL,
    due_date           DATE          NOT NULL,
    supplier_name      VARCHAR(200)  NOT NULL,
    supplier_address   VARCHAR(400)  NOT NULL,
    supplier_city      VARCHAR(100)  NOT NULL,
    supplier_postcode  VARCHAR(10),
    supplier_uic       VARCHAR(13)   NOT NULL,
    supplier_vat       VARCHAR(20),
    customer_name      VARCHAR(200)  NOT NULL,
    customer_address   VARCHAR(400)  NOT NULL,
    customer_city      VARCHAR(100)  NOT NULL,
    customer_postcode  VARCHAR(10),
    customer_uic       VARCHAR(13)   NOT NULL,
    customer_vat       VARCHAR(20),
    iban               VARCHAR(34)   NOT NULL,
    bic                VARCHAR(11)   NOT NULL,
    bank_name          VARCHAR(200)  NOT NULL,
    payment_reference  VARCHAR(25)   NOT NULL,
    currency           CHAR(3)       NOT NULL DEFAULT 'EUR',
    tax_base           DECIMAL(14,2) NOT NULL,
    vat                DECIMAL(14,2) NOT NULL,
    total              DECIMAL(14,2) NOT NULL,
    referenced_id      BIGINT,
    reason             VARCHAR(500),
    issued_by          VARCHAR(100)  NOT NULL,
    issued_at          DATETIME(3)   NOT NULL,
    CONSTRAINT invoice_number_unique UNIQUE (issuer, number),
    CONSTRAINT invoice_client_fk FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT invoice_referenced_fk FOREIGN KEY (referenced_id) REFERENCES invoice (id),
    CONSTRAINT invoice_kind CHECK (kind IN ('INVOICE', 'CREDIT_NOTE', 'DEBIT_NOTE')),
    CONSTRAINT invoice_status CHECK (status IN ('DRAFT', 'ISSUED')),
    CONSTRAINT invoice_note_references CHECK ((kind = 'INVOICE') = (referenced_id IS NULL)),
    CONSTRAINT invoice_number_form CHECK (number REGEXP '^[0-9]{10}$'),
    INDEX invoice_client_date (client_id, issue_date),
    INDEX invoice_issue_date (issue_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE invoice_line (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    invoice_id         BIGINT        NOT NULL,
    line_no            INT           NOT NULL,
    billable_item_id   BIGINT,
    referenced_line_id BIGINT,
    service_type       VARCHAR(30)   NOT NULL,
    description_bg     VARCHAR(500)  NOT NULL,
    done_on            DATE          NOT NULL,
    quantity           DECIMAL(12,2) NOT NULL,
    unit_code          VARCHAR(3)    NOT NULL,
    unit_bg            VARCHAR(20)   NOT NULL,
    unit_price         DECIMAL(12,2) NOT NULL,
    tax_base           DECIMAL(14,2) NOT NULL,
    vat_rate           DECIMAL(5,2)  NOT NULL,
    covered_hours      DECIMAL(12,2) NOT NULL DEFAULT 0,
    CONSTRAINT invoice_line_no_unique UNIQUE (invoice_id, line_no),
    -- the guarantee that a billable item reaches at most one invoice line
    CONSTRAINT invoice_line_item_unique UNIQUE (billable_item_id),
    CONSTRAINT invoice_line_invoice_fk FOREIGN KEY (invoice_id) REFERENCES invoice (id),
    CONSTRAINT invoice_line_item_fk FOREIGN KEY (billable_item_id) REFERENCES billable_item (id),
    CONSTRAINT invoice_line_ref_fk FOREIGN KEY (referenced_line_id) REFERENCES invoice_line (id),
    CONSTRAINT invoice_line_price CHECK (unit_price >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE invoice_vat (
    invoice_id BIGINT        NOT NULL,
    rate       DECIMAL(5,2)  NOT NULL,
    tax_base   DECIMAL(14,2) NOT NULL,
    vat        DECIMAL(14,2) NOT NULL,
    PRIMARY KEY (invoice_id, rate),
    CONSTRAINT invoice_vat_invoice_fk FOREIGN KEY (invoice_id) REFERENCES invoice (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Rendered documents, kept once made (the data they show is frozen anyway).
CREATE TABLE invoice_document (
    invoice_id BIGINT      NOT NULL,
    kind       VARCHAR(10) NOT NULL,
    content    LONGBLOB    NOT NULL,
    made_at    DATETIME(3) NOT NULL,
    PRIMARY KEY (invoice_id, kind),
    CONSTRAINT invoice_document_invoice_fk FOREIGN KEY (invoice_id) REFERENCES invoice (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE payment (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    received_on DATE          NOT NULL,
    amount      DECIMAL(14,2) NOT NULL,
    payer       VARCHAR(200)  NOT NULL,
    payer_iban  VARCHAR(34),
    reference   VARCHAR(140)  NOT NULL,
    invoice_id  BIGINT,
    recorded_by VARCHAR(100)  NOT NULL,
    recorded_at DATETIME(3)   NOT NULL,
    CONSTRAINT payment_invoice_fk FOREIGN KEY (invoice_id) REFERENCES invoice (id),
    CONSTRAINT payment_amount CHECK (amount > 0),
    INDEX payment_invoice (invoice_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER invoice_issued_no_update BEFORE UPDATE ON invoice FOR EACH ROW
BEGIN
    IF OLD.status = 'ISSUED' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'An issued invoice is never changed';
    END IF;
END;

CREATE TRIGGER invoice_issued_no_delete BEFORE DELETE ON invoice FOR EACH ROW
BEGIN
    IF OLD.status = 'ISSUED' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'An issued invoice is never deleted';
    END IF;
END;

CREATE TRIGGER invoice_line_no_update BEFORE UPDATE ON invoice_line FOR EACH ROW
BEGIN
    IF (SELECT status FROM invoice WHERE id = OLD.invoice_id) = 'ISSUED' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A line of an issued invoice is never changed';
    END IF;
END;

CREATE TRIGGER invoice_line_no_delete BEFORE DELETE ON invoice_line FOR EACH ROW
BEGIN
    IF (SELECT status FROM invoice WHERE id = OLD.invoice_id) = 'ISSUED' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A line of an issued invoice is never deleted';
    END IF;
END;

CREATE TRIGGER invoice_vat_no_update BEFORE UPDATE ON invoice_vat FOR EACH ROW
BEGIN
    IF (SELECT status FROM invoice WHERE id = OLD.invoice_id) = 'ISSUED' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The VAT of an issued invoice is never changed';
    END IF;
END;

CREATE TRIGGER invoice_vat_no_delete BEFORE DELETE ON invoice_vat FOR EACH ROW
BEGIN
    IF (SELECT status FROM invoice WHERE id = OLD.invoice_id) = 'ISSUED' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The VAT of an issued invoice is never deleted';
    END IF;
END;
