import type { Db } from '../database'

/** One schema step, in its own file `NNNN-name.ts`: the version it brings the file to, and how. */
export interface Migration {
  version: number
  up(db: Db): void
}
