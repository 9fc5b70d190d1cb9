-- Identity (issue 12): sign-in throttling kept in the database, session generations, token expiry.

-- Failed sign-ins counted per account and address, per account from unrecognised devices, per
-- address across accounts and per recognised device (SignInCounter). A counter's key is a slot of a
-- keyed hash ("ACCOUNT:40127"), so there are never more than (4 x 65,536) rows whatever is sent; a
-- counter whose window ended is pruned. account_slot ties the counters of one account together, so
-- an administrator can reset them.
CREATE TABLE sign_in_counter (
    slot_key          VARCHAR(24) NOT NULL PRIMARY KEY,
    kind              VARCHAR(16) NOT NULL,
    account_slot      INT,
    failures          INT         NOT NULL DEFAULT 0,
    window_started_at DATETIME(3) NOT NULL,
    last_failure_at   DATETIME(3),
    INDEX sign_in_counter_account (account_slot),
    INDEX sign_in_counter_window (window_started_at),
    CONSTRAINT sign_in_counter_kind CHECK (kind IN ('ACCOUNT_ADDRESS', 'ACCOUNT', 'ADDRESS', 'DEVICE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The secret behind the slots and the device cookies: made by the application at first use (in
-- the database, so every node of a cluster uses the same).
CREATE TABLE signing_key (
    purpose    VARCHAR(40)   NOT NULL PRIMARY KEY,
    secret     VARBINARY(64) NOT NULL,
    created_at DATETIME(3)   NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A session carries the generation of its user's credentials; a new password (own change or an
-- administrator's reset) or disabling the account starts a new generation, which ends the older
-- sessions. Lockout on the account itself is gone: anyone could trigger it (see SignInCounter).
ALTER TABLE app_user
    ADD COLUMN session_generation INT NOT NULL DEFAULT 0,
    DROP COLUMN failed_sign_ins,
    DROP COLUMN locked_until;

-- Every API token ends. Tokens made without an expiry get 90 days from this migration (revoked
-- ones end when they were revoked); a token written by any other means gets 90 days too.
UPDATE api_token
SET expires_at = COALESCE(revoked_at, UTC_TIMESTAMP(3) + INTERVAL 90 DAY)
WHERE expires_at IS NULL;
ALTER TABLE api_token
    MODIFY expires_at DATETIME(3) NOT NULL DEFAULT (UTC_TIMESTAMP(3) + INTERVAL 90 DAY);
