-- Indexes for the read paths (schema version 2, PostgreSQL): lists by parent, the
-- implementation matrix of a declaration, an assignment's reports, audit filters.
-- Primary keys already cover look-ups by id and by (parent, key) prefix.

CREATE INDEX declaration_by_conference ON declaration (conference_id, id);

CREATE INDEX commitment_by_declaration ON commitment (declaration_id, id);

-- Serves an assignment's reports and, in this order, the matrix's latest-report window without a sort.
CREATE INDEX report_by_assignment ON report (commitment_id, country, period_end DESC, ord DESC);

CREATE INDEX audit_by_entity ON audit_event (entity, entity_id, seq);

CREATE INDEX audit_by_actor ON audit_event (actor, seq);

CREATE INDEX audit_by_time ON audit_event (at, seq);
