import { ApiError } from '../../api'

export interface FormErrors {
  message: string
  fields: Record<string, string>
}

export const noErrors: FormErrors = { message: '', fields: {} }

/** A failed call as a message plus per-field Korean messages (field path → text). */
export function toFormErrors(e: unknown): FormErrors {
  if (e instanceof ApiError) return { message: e.error.message, fields: e.error.fields ?? {} }
  return { message: e instanceof Error ? e.message : String(e), fields: {} }
}

/** The message for a field: exact path, or a nested path under it (e.g. `domain.calendar.open`). */
export function fieldError(errors: FormErrors, path: string): string | undefined {
  if (errors.fields[path]) return errors.fields[path]
  const nested = Object.keys(errors.fields).find((k) => k.startsWith(path + '.'))
  return nested ? errors.fields[nested] : undefined
}
