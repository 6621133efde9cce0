-- Play: when the current question was first shown and when the previous answer came, so each response's
-- time_ms measures the time spent on that question alone.
ALTER TABLE attempt ADD COLUMN served_at TIMESTAMP;
ALTER TABLE attempt ADD COLUMN last_answered_at TIMESTAMP;
CREATE INDEX ix_response_attempt ON response(attempt_id, answered_at);
