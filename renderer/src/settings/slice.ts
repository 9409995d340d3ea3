import { fieldError, type FormErrors } from '../common/errors'

/**
 * A typed part of the settings draft handed to a section or a field: its value, how to replace it,
 * and where it sits in the settings (the input's name and the key of the core's error messages).
 */
export interface Slice<T> {
  value: T
  onChange: (next: T) => void
  path: string
  errors: FormErrors
}

/** The slice of one key of a slice. */
export function at<T, K extends keyof T & (string | number)>(s: Slice<T>, key: K): Slice<T[K]> {
  return {
    value: s.value[key],
    onChange: (next) => s.onChange({ ...s.value, [key]: next }),
    path: s.path ? `${s.path}.${key}` : String(key),
    errors: s.errors,
  }
}

/** A slice of several keys of a slice, kept at the same place (for sections made of top-level settings). */
export function pick<T, K extends keyof T>(s: Slice<T>, keys: readonly K[]): Slice<Pick<T, K>> {
  const value = Object.fromEntries(keys.map((k) => [k, s.value[k]])) as Pick<T, K>
  return { value, onChange: (next) => s.onChange({ ...s.value, ...next }), path: s.path, errors: s.errors }
}

/** The core's message for this slice or anything under it (settings.update reports `settings.…` paths). */
export const errorOf = (s: Pick<Slice<unknown>, 'path' | 'errors'>): string | undefined => fieldError(s.errors, `settings.${s.path}`) ?? fieldError(s.errors, s.path)
