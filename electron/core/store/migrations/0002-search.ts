import type { Db } from '../database'

/**
 * Full-text search. FTS5's trigram tokenizer finds any substring of 3+ characters but nothing
 * shorter, and Korean words are often two syllables (백업, 복구, 장애). So a second FTS table holds
 * the text as overlapping bigrams (computed by the `bigrams()` SQL function the store registers
 * on every connection): 1–2 character queries use it, longer ones use the trigram table. It is
 * contentless (it only answers which rowids match), so the bigrams are not stored twice.
 */
export const version = 2

export function up(db: Db): void {
  db.exec(`
CREATE VIRTUAL TABLE issues_fts USING fts5(
  title, customer_name, case_number, symptoms, error_message,
  content='issues', content_rowid='id', tokenize='trigram'
);
CREATE VIRTUAL TABLE issues_fts2 USING fts5(grams, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0', prefix='1');

CREATE TRIGGER issues_fts_ai AFTER INSERT ON issues BEGIN
  INSERT INTO issues_fts(rowid, title, customer_name, case_number, symptoms, error_message)
  VALUES (new.id, new.title, new.customer_name, coalesce(new.case_number,''), new.symptoms, new.error_message);
  INSERT INTO issues_fts2(rowid, grams)
  VALUES (new.id, bigrams(new.title || ' ' || new.customer_name || ' ' || coalesce(new.case_number,'') || ' ' || new.symptoms || ' ' || new.error_message));
END;
CREATE TRIGGER issues_fts_ad AFTER DELETE ON issues BEGIN
  INSERT INTO issues_fts(issues_fts, rowid, title, customer_name, case_number, symptoms, error_message)
  VALUES ('delete', old.id, old.title, old.customer_name, coalesce(old.case_number,''), old.symptoms, old.error_message);
  DELETE FROM issues_fts2 WHERE rowid = old.id;
END;
CREATE TRIGGER issues_fts_au AFTER UPDATE OF title, customer_name, case_number, symptoms, error_message ON issues BEGIN
  INSERT INTO issues_fts(issues_fts, rowid, title, customer_name, case_number, symptoms, error_message)
  VALUES ('delete', old.id, old.title, old.customer_name, coalesce(old.case_number,''), old.symptoms, old.error_message);
  INSERT INTO issues_fts(rowid, title, customer_name, case_number, symptoms, error_message)
  VALUES (new.id, new.title, new.customer_name, coalesce(new.case_number,''), new.symptoms, new.error_message);
  DELETE FROM issues_fts2 WHERE rowid = old.id;
  INSERT INTO issues_fts2(rowid, grams)
  VALUES (new.id, bigrams(new.title || ' ' || new.customer_name || ' ' || coalesce(new.case_number,'') || ' ' || new.symptoms || ' ' || new.error_message));
END;

INSERT INTO issues_fts(issues_fts) VALUES ('rebuild');
INSERT INTO issues_fts2(rowid, grams)
  SELECT id, bigrams(title || ' ' || customer_name || ' ' || coalesce(case_number,'') || ' ' || symptoms || ' ' || error_message) FROM issues;
`)
}
