-- Score aggregates behind every leaderboard, updated in the transaction that stores each answer
-- (leaderboard.ScoreAggregates), so leaderboards never scan responses.
--   class_id 0  = answers given outside any class
--   set_id 0    = all sets together
--   period      = 'all' for all time, or the ISO Monday (UTC) of the week, e.g. '2026-11-23'
CREATE TABLE score_aggregate (
    class_id      BIGINT      NOT NULL,
    set_id        BIGINT      NOT NULL,
    period        VARCHAR(10) NOT NULL,
    learner_id    BIGINT      NOT NULL REFERENCES learner(id),
    points        BIGINT      NOT NULL DEFAULT 0,
    answered      INT         NOT NULL DEFAULT 0,
    correct       INT         NOT NULL DEFAULT 0,
    time_ms       BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT pk_score_aggregate PRIMARY KEY (class_id, set_id, period, learner_id)
);
-- Class against class: every class's rows for one set and period.
CREATE INDEX ix_score_aggregate_set ON score_aggregate(set_id, period, class_id);
CREATE INDEX ix_score_aggregate_learner ON score_aggregate(learner_id);
