import { initial } from './0001-initial'
import { search } from './0002-search'
import { applicationId } from './0003-application-id'
import type { Migration } from './types'

/** In order; `PRAGMA user_version` records the last one applied. */
export const migrations: Migration[] = [initial, search, applicationId]
export type { Migration }
