import type { ProblemType, Renewal, Severity, Track } from '../vocabulary'

/** The customer statuses a line can name; each makes the issue a sales deal. */
export type SalesStatus = 'poc' | 'preAcceptance' | 'expansion'

/** What one typed quick-entry line says, as far as the rules can tell. */
export interface QuickLine {
  /** The line without the control tokens, whitespace collapsed, trimmed. */
  title: string
  /** A known customer's stored name, or the @name typed. */
  customerName?: string
  customerId?: number
  customerIsNew?: boolean
  customerStatus?: SalesStatus
  track?: Track
  problemType?: Exclude<ProblemType, 'other'>
  severity?: Severity
  renewal?: Renewal
  /** 8 digits. */
  caseNumber?: string
  /** ISO-8601 UTC instant, never after now. */
  firstOccurredAt?: string
  /** For highlighting: offsets into the line, in order, never overlapping. */
  tokens: QuickLineToken[]
  /** E.g. why a time was not taken. */
  notes: string[]
}

export type QuickLineTokenKind =
  | 'customer'
  | 'severity'
  | 'renewal'
  | 'caseNumber'
  | 'time'
  | 'status'
  | 'track'
  | 'problemType'

export interface QuickLineToken {
  kind: QuickLineTokenKind
  start: number
  end: number
}

export interface QuickLineOptions {
  now: Date
  customers: readonly { name: string; id?: number }[]
  /** Spans to read as plain text (chips the user turned back into text): no rule looks inside. */
  keep?: readonly Span[]
}

/** A span of the line, [start, end). */
export interface Span {
  start: number
  end: number
}

/** One rule's finding: where, and what it means. */
export interface Found<V> extends Span {
  value: V
}

/** Control tokens leave the title; status, track and problem-type words stay in it. */
export const REMOVED_KINDS: ReadonlySet<QuickLineTokenKind> = new Set(['customer', 'severity', 'renewal', 'caseNumber', 'time'])
