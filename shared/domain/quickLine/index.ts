import type { Renewal, Severity } from '../vocabulary'
import { findCaseNumbers } from './caseNumber'
import { findCustomers, type CustomerMatch } from './customer'
import { findProblemType } from './problemType'
import { findRenewals } from './renewal'
import { findSeverities } from './severity'
import { findCriticalPhrases, findStatuses } from './statusTrack'
import { blank, uncovered } from './text'
import { findTimes } from './timeExpression'
import type { Found, QuickLine, QuickLineOptions, QuickLineToken, Span } from './types'

export type { QuickLine, QuickLineOptions, QuickLineToken, QuickLineTokenKind, SalesStatus } from './types'
export { REMOVED_KINDS } from './types'

/** The most rounds the control rules run; each round only sees what the earlier ones left. */
const MAX_ROUNDS = 4

interface Control {
  customer: Found<CustomerMatch>[]
  severity: Found<Severity>[]
  renewal: Found<Renewal>[]
  caseNumber: Found<string>[]
  time: Found<number>[]
}

/**
 * Reads one quick-entry line (Korean with English product words mixed in) into issue fields.
 *
 * Control tokens (customer, severity, renewal, case number, time) leave the title, each replaced
 * by spaces so that neighbours never join; status, track and problem-type words stay. The customer
 * rule runs first and its text takes part in no other rule. The rules run again on what is left
 * until nothing new is found, so the title, parsed again, holds no control token. When a field
 * appears twice the last one wins; of several times the earliest is the first occurrence.
 */
export function parseQuickLine(line: string, { now, customers, keep = [] }: QuickLineOptions): QuickLine {
  const nowMs = now.getTime()
  const control: Control = { customer: [], severity: [], renewal: [], caseNumber: [], time: [] }
  const tokens: QuickLineToken[] = []
  const taken: Span[] = []
  // Kept spans become a mark no rule reads (not a space: the words around them must not join).
  let rest = keep.reduce((text, k) => text.slice(0, k.start) + '\u0000'.repeat(Math.max(0, k.end - k.start)) + text.slice(k.end), line).slice(0, line.length)
  const take = <K extends keyof Control>(kind: K, found: Control[K]): boolean => {
    for (const f of found) {
      // A finding spanning text blanked earlier in a later round keeps only its own pieces.
      for (const piece of uncovered(line, f, taken)) tokens.push({ kind, start: piece.start, end: piece.end })
      ;(control[kind] as Found<unknown>[]).push(f)
    }
    taken.push(...found)
    rest = blank(rest, found)
    return found.length > 0
  }
  let future: Span[] = []
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let progress = take('customer', findCustomers(rest, customers))
    progress = take('caseNumber', findCaseNumbers(rest)) || progress
    progress = take('severity', findSeverities(rest)) || progress
    progress = take('renewal', findRenewals(rest)) || progress
    const times = findTimes(rest, nowMs)
    progress = take('time', times.taken) || progress
    future = times.future
    if (!progress) break
  }

  // Kept words: read on what the control rules left, so a customer's name gives no object word.
  const statuses = findStatuses(rest)
  const critical = findCriticalPhrases(rest).filter((c) => !statuses.some((s) => c.start < s.end && s.start < c.end))
  const problem = findProblemType(blank(rest, [...statuses, ...critical]))
  const kept: [QuickLineToken['kind'], Span[]][] = [['status', statuses], ['track', critical], ['problemType', problem ? [problem] : []]]
  for (const [kind, found] of kept) for (const f of found) for (const piece of uncovered(line, f, taken)) tokens.push({ kind, ...piece })

  const result: QuickLine = {
    title: blank(line, taken).replace(/\s+/gu, ' ').trim(),
    tokens: tokens.sort((a, b) => a.start - b.start),
    notes: future.map((f) => `‘${line.slice(f.start, f.end).trim()}’은(는) 지금보다 뒤의 시각이라 최초 발생 시각으로 쓰지 않았습니다`),
  }
  const last = <V>(found: Found<V>[]): V | undefined => [...found].sort((a, b) => a.start - b.start).at(-1)?.value
  const customer = last(control.customer)
  if (customer) {
    result.customerName = customer.name
    if (customer.id !== undefined) result.customerId = customer.id
    result.customerIsNew = customer.isNew
  }
  const status = last(statuses)
  if (status) result.customerStatus = status
  if (status) result.track = 'sales'
  else if (critical.length) result.track = 'critical'
  if (problem) result.problemType = problem.value
  const severity = last(control.severity)
  if (severity) result.severity = severity
  const renewal = last(control.renewal)
  if (renewal) result.renewal = renewal
  const caseNumber = last(control.caseNumber)
  if (caseNumber) result.caseNumber = caseNumber
  if (control.time.length) result.firstOccurredAt = new Date(Math.min(...control.time.map((t) => t.value))).toISOString()
  return result
}
