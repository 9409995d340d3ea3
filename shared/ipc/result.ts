import { z } from 'zod'

export const ErrorCodeSchema = z.enum([
  'invalid',
  'rule',
  'notFound',
  'conflict',
  'forbidden',
  'unknownChannel',
  'internal',
  /** The imported file has rows that collide (the same issue twice, a step of an issue not in it): nothing imported. */
  'importConflict',
  /** The chosen backup is not a good backup of this app (damaged, foreign, missing): nothing restored. */
  'badRestoreFile',
  /** The disk is full (SQLITE_FULL, ENOSPC): the change was not saved. */
  'diskFull',
  /** The data folder or file cannot be written (SQLITE_READONLY, EACCES): the change was not saved. */
  'readOnly',
  /** The user stopped it (an import): nothing was changed. */
  'cancelled',
])
export type ErrorCode = z.infer<typeof ErrorCodeSchema>

export interface IpcError {
  code: ErrorCode
  message: string
  /** Field path → message, for validation errors shown next to the field. */
  fields?: Record<string, string>
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError }

/** A rule or validation failure that the user can fix; carries a clear (Korean) message. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message)
    this.name = 'AppError'
  }
}

export function zodFields(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_'
    fields[key] ??= issue.message
  }
  return fields
}
