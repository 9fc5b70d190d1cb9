-- A consent given in the portal names the person who gave it, not their user name (the request's
-- created_by keeps the account).
UPDATE service_request SET consent_given_by = 'Мария Георгиева'
WHERE consent_given_by = 'Мария Георгиева (clientadmin)';
