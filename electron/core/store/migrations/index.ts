import * as initial from './0001-initial'
import * as search from './0002-search'
import * as severityChanged from './0003-severity-changed'
import * as listOrder from './0004-list-order'
import * as applicationId from './0005-application-id'
import * as searchAfterCommit from './0006-search-after-commit'
import type { Migration } from './types'

/** In order; `PRAGMA user_version` records the last one applied. */
export const migrations: Migration[] = [initial, search, severityChanged, listOrder, applicationId, searchAfterCommit]
export type { Migration }
