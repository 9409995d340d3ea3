import type { Db } from '../database'

export const version = 1

export function up(db: Db): void {
  db.exec(`
CREATE TABLE contacts (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('partner','distributor','veeamSe')),
  company TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT ''
);

CREATE TABLE customers (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  status TEXT NOT NULL CHECK (status IN ('operating','poc','preAcceptance','expansion')),
  renewal TEXT NOT NULL CHECK (renewal IN ('production','basic')),
  product TEXT NOT NULL DEFAULT '',
  version TEXT NOT NULL DEFAULT '',
  distributor_contact_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
  se_contact_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL
);

CREATE TABLE issues (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  track TEXT NOT NULL CHECK (track IN ('general','critical','sales')),
  problem_type TEXT NOT NULL,
  customer_id INTEGER REFERENCES customers(id) ON DELETE SET NULL,
  customer_name TEXT NOT NULL DEFAULT '',
  customer_status TEXT NOT NULL DEFAULT 'operating',
  product TEXT NOT NULL DEFAULT '',
  version TEXT NOT NULL DEFAULT '',
  renewal TEXT NOT NULL CHECK (renewal IN ('production','basic')),
  severity INTEGER NOT NULL CHECK (severity BETWEEN 1 AND 4),
  sev1_se_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
  sev1_consulted_at TEXT,
  case_number TEXT,
  routed_region TEXT,
  tier INTEGER NOT NULL DEFAULT 1 CHECK (tier BETWEEN 1 AND 3),
  qa_dev INTEGER NOT NULL DEFAULT 0,
  symptoms TEXT NOT NULL DEFAULT '',
  error_message TEXT NOT NULL DEFAULT '',
  business_impact TEXT NOT NULL DEFAULT '',
  request_to_veeam TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL CHECK (status IN ('new','caseOpen','responded','resolved','closed')),
  prereq_partner INTEGER NOT NULL DEFAULT 0,
  prereq_distributor INTEGER NOT NULL DEFAULT 0,
  distributor_contact_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
  se_contact_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
  logged_at TEXT NOT NULL,
  first_occurred_at TEXT NOT NULL,
  case_opened_at TEXT,
  first_response_at TEXT,
  resolved_at TEXT,
  reopened_at TEXT,
  updated_at TEXT NOT NULL,
  next_due TEXT
);
CREATE INDEX issues_open_next_due ON issues(status, next_due);

CREATE TABLE step_states (
  issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
  step_id TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('done','skipped')),
  at TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  no_fix INTEGER NOT NULL DEFAULT 0,
  serious INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (issue_id, step_id)
);

CREATE TABLE timeline (
  id INTEGER PRIMARY KEY,
  issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
  at TEXT NOT NULL,
  kind TEXT NOT NULL,
  data TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX timeline_issue ON timeline(issue_id, at);
CREATE TRIGGER timeline_append_only_update BEFORE UPDATE ON timeline
BEGIN SELECT RAISE(ABORT, 'timeline is append-only'); END;

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE settings_history (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  key TEXT NOT NULL,
  old TEXT,
  new TEXT
);

CREATE TABLE alerts_sent (
  issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
  target TEXT NOT NULL,
  kind TEXT NOT NULL,
  due_at TEXT NOT NULL,
  sent_at TEXT NOT NULL,
  PRIMARY KEY (issue_id, target, kind, due_at)
);
`)
}
