import * as initial from './0001-initial'
import * as search from './0002-search'
import * as listOrder from './0003-list-order'
import type { Migration } from './types'

/** In order; `PRAGMA user_version` records the last one applied. */
export const migrations: Migration[] = [initial, search, listOrder]
export type { Migration }
