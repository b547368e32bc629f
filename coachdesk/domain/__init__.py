"""What a tutor, a visit, a loan is, and what is allowed. No database, no Qt."""
