/**
 * The search index rows of a set of issues, in two statements: what migration 2's trigger wrote for
 * each inserted issue (the same columns and the same `bigrams()` text). Since migration 6 a new
 * issue's rows are written this way just after its create commits (`IssuesRepo.indexNew`), and the
 * import's staging file builds its whole index with them. A test proves the result equal to the
 * triggers' (search answers and FTS5's integrity-check).
 */
const indexIssuesWhere = (where: string): string[] => [
  `INSERT INTO issues_fts(rowid, title, customer_name, case_number, symptoms, error_message)
   SELECT id, title, customer_name, coalesce(case_number,''), symptoms, error_message FROM issues WHERE ${where}`,
  `INSERT INTO issues_fts2(rowid, grams)
   SELECT id, bigrams(title || ' ' || customer_name || ' ' || coalesce(case_number,'') || ' ' || symptoms || ' ' || error_message) FROM issues WHERE ${where}`,
]

/** The issues with id in [?, ?]. */
export const INDEX_ISSUES_BETWEEN = indexIssuesWhere('id BETWEEN ? AND ?')
/** The issues whose ids are in the JSON array ?. */
export const INDEX_ISSUES_IN = indexIssuesWhere('id IN (SELECT value FROM json_each(?))')
/** The issues above the highest id the index holds (a crash between a create's commit and its index rows). */
export const INDEX_ISSUES_AFTER_LAST = indexIssuesWhere('id > (SELECT coalesce(max(rowid), 0) FROM issues_fts2)')
