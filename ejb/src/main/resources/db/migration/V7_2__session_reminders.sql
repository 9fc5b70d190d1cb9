-- Reminders of tomorrow's training sessions (issue 7): one row per enrolment reminded, written in
-- the same transaction that queues the e-mail, so a nightly run that is repeated or restarted never
-- reminds anyone twice.
create table session_reminder (
    enrolment_id bigint      not null,
    reminded_at  datetime(3) not null,
    constraint pk_session_reminder primary key (enrolment_id),
    constraint fk_session_reminder_enrolment foreign key (enrolment_id) references enrolment (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
