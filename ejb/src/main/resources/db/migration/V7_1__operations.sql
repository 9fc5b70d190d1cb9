-- Nightly batch operations (issue 7).

-- One real invoice run per billing date: the unique key makes two operators or two servers that
-- start the same date at once end with one run. A dry run holds no row. The job ids are empty for
-- the moment between claiming the date and the job's start.
create table invoice_run (
    billing_date       date         not null,
    job_instance_id    bigint       null,
    first_execution_id bigint       null,
    started_by         varchar(100) not null,
    started_at         datetime(3)  not null,
    constraint pk_invoice_run primary key (billing_date)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- What a run produced, per job instance (a restart adds to its instance's row in the chunk's own
-- transaction, so the figures are those of the committed chunks). Written by the job.
create table invoice_run_summary (
    job_instance_id bigint         not null,
    billing_date    date           not null,
    dry_run         boolean        not null,
    clients         int            not null default 0,
    invoices        int            not null default 0,
    invoice_lines   int            not null default 0,
    tax_base        decimal(14, 2) not null default 0,
    vat             decimal(14, 2) not null default 0,
    total           decimal(14, 2) not null default 0,
    skipped         int            not null default 0,
    last_execution_id bigint       null,
    batch_status    varchar(20)    null,
    finished_at     datetime(3)    null,
    constraint pk_invoice_run_summary primary key (job_instance_id),
    index ix_invoice_run_summary_date (billing_date)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- Progress of a running chunk step for the operator's progress bar: the total is published when the
-- reader first opens, processed grows with each committed chunk.
create table job_progress (
    job_instance_id bigint      not null,
    step_name       varchar(100) not null,
    total           bigint      not null,
    processed       bigint      not null,
    updated_at      datetime(3) not null,
    constraint pk_job_progress primary key (job_instance_id, step_name)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
