import { parseSettingsLeniently, type AppSettings } from '../../../shared/model'
import type { Db } from './database'
import { statementCache } from './statements'

const KEY = 'app'

/**
 * Settings live as one JSON document validated by the shared schema; a stored value that no
 * longer parses (newer app, hand edit) falls back to its default alone (parseSettingsLeniently),
 * and the next save keeps the stored value in the history.
 */
export class SettingsRepo {
  private readonly sql: ReturnType<typeof statementCache>

  constructor(db: Db) {
    this.sql = statementCache(db)
  }

  get(): AppSettings {
    return parseSettingsLeniently(this.stored())
  }

  /** The stored document as it is (unvalidated); {} when absent or not JSON. */
  private stored(): unknown {
    const row = this.sql('SELECT value FROM settings WHERE key = ?').get(KEY) as { value: string } | undefined
    try {
      return row ? JSON.parse(row.value) : {}
    } catch {
      return {}
    }
  }

  /** Saves and records each changed top-level path in the history, in the caller's transaction. */
  put(next: AppSettings, at: string): void {
    // The settings as read, with any stored value the app could not read put back, so the history keeps it.
    const raw = this.stored()
    const prev = overlay(parseSettingsLeniently(raw), raw)
    this.sql('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
      .run(KEY, JSON.stringify(next))
    const insert = this.sql('INSERT INTO settings_history (at, key, old, new) VALUES (?, ?, ?, ?)')
    for (const [path, oldValue, newValue] of changedPaths(prev, next)) {
      insert.run(at, path, JSON.stringify(oldValue), JSON.stringify(newValue))
    }
  }

  history(): { at: string; key: string; old: unknown; new: unknown }[] {
    const rows = this.sql('SELECT at, key, old, new FROM settings_history ORDER BY id DESC LIMIT 500').all() as {
      at: string
      key: string
      old: string | null
      new: string | null
    }[]
    return rows.map((r) => ({ at: r.at, key: r.key, old: r.old && JSON.parse(r.old), new: r.new && JSON.parse(r.new) }))
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** Leaf paths (arrays compared whole) whose JSON differs. */
function changedPaths(a: unknown, b: unknown, prefix = ''): [string, unknown, unknown][] {
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)])
    return [...keys].flatMap((k) => changedPaths(a[k], b[k], prefix ? `${prefix}.${k}` : k))
  }
  return JSON.stringify(a) === JSON.stringify(b) ? [] : [[prefix, a, b]]
}


/** `base` with every leaf that `raw` has replaced by raw's value. */
function overlay(base: unknown, raw: unknown): unknown {
  if (!isObject(base) || !isObject(raw)) return raw === undefined ? base : raw
  const out: Record<string, unknown> = { ...base }
  for (const [k, v] of Object.entries(raw)) out[k] = overlay(base[k], v)
  return out
}
