import { initial } from './0001-initial'
import { search } from './0002-search'
import { severityChanged } from './0003-severity-changed'
import type { Migration } from './types'

/** In order; `PRAGMA user_version` records the last one applied. */
export const migrations: Migration[] = [initial, search, severityChanged]
export type { Migration }
