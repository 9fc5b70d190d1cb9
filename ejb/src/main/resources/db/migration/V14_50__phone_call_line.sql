-- Issue 14: a phone call records which of the organisation's published numbers took it, as dialled
-- (organisation.phone or organisation.phone_alt at the time). Calls recorded before stay NULL: not known.
ALTER TABLE phone_call ADD COLUMN phone_line VARCHAR(40) NULL AFTER consultant;
