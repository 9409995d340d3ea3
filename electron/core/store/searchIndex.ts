/**
 * The search index rows of the issues with id in [?, ?], in two statements: what migration 2's
 * triggers write for each inserted issue (the same columns and the same `bigrams()` text), for
 * building the index of many rows at once (the import's staging file). A test proves the result
 * equal to the triggers' (search answers and FTS5's integrity-check).
 */
export const INDEX_ISSUES_BETWEEN = [
  `INSERT INTO issues_fts(rowid, title, customer_name, case_number, symptoms, error_message)
   SELECT id, title, customer_name, coalesce(case_number,''), symptoms, error_message FROM issues WHERE id BETWEEN ? AND ?`,
  `INSERT INTO issues_fts2(rowid, grams)
   SELECT id, bigrams(title || ' ' || customer_name || ' ' || coalesce(case_number,'') || ' ' || symptoms || ' ' || error_message) FROM issues WHERE id BETWEEN ? AND ?`,
]
