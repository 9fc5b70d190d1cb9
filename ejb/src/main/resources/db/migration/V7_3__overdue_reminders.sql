-- Reminders of overdue invoices (issue 7): at most one per invoice a week, recorded in the same
-- transaction that queues the e-mail, so a nightly run that is repeated or restarted never sends
-- one twice.
create table overdue_reminder (
    invoice_number char(10)    not null,
    reminded_on    date        not null,
    reminded_at    datetime(3) not null,
    constraint pk_overdue_reminder primary key (invoice_number, reminded_on)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
