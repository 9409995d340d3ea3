import { z } from 'zod'
import type { Bilingual } from '../domain/vocabulary'

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
  /** The Korean sentence (what logs and the Korean UI show). */
  message: string
  /** Field path → message, for validation errors shown next to the field (Korean). */
  fields?: Record<string, string>
  /** The same message and fields in English, for the English UI. */
  en?: { message: string; fields?: Record<string, string> }
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError }

/**
 * A rule or validation failure that the user can fix. Its message and field messages are given in
 * both languages, so the English UI never shows a Korean sentence; `Error.message` is the Korean.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly text: Bilingual,
    readonly fieldTexts?: Record<string, Bilingual>,
  ) {
    super(text.ko)
    this.name = 'AppError'
  }

  /** The Korean field messages (the wire's `fields`). */
  get fields(): Record<string, string> | undefined {
    return this.fieldTexts && pick(this.fieldTexts, 'ko')
  }

  /** The error as it crosses the wire: Korean `message`/`fields`, English under `en`. */
  toIpcError(): IpcError {
    const f = this.fieldTexts
    return {
      code: this.code,
      message: this.text.ko,
      ...(f && { fields: pick(f, 'ko') }),
      en: { message: this.text.en, ...(f && { fields: pick(f, 'en') }) },
    }
  }
}

const pick = (texts: Record<string, Bilingual>, lang: keyof Bilingual): Record<string, string> =>
  Object.fromEntries(Object.entries(texts).map(([k, t]) => [k, t[lang]]))

/** An import the user stopped (the core's answer, and the page's when it stops the upload itself). */
export const IMPORT_CANCELLED: Bilingual = { ko: '가져오기를 취소했습니다. 지금 데이터는 그대로입니다.', en: 'The import was cancelled. Your current data is unchanged.' }
