-- The billing date of the nightly run that issued an invoice (issue 7). The run issues its invoices
-- in one step and renders and e-mails them in a second, partitioned step, which finds the run's
-- documents by this date; invoices issued outside a run (FINANCE's "invoice now", notes) have none.
ALTER TABLE invoice ADD COLUMN run_date DATE NULL;
CREATE INDEX invoice_run_date ON invoice (run_date, id);
