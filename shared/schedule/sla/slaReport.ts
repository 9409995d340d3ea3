import { RENEWALS, SEVERITIES, targetResponseHours, type Renewal, type Severity } from '../../domain'
import { instantMs, isoInstant } from '../../domain/time/isoInstant'
import type { DeadlineRules } from '../issueDeadlines'
import type { IssueHistory } from './history'
import { kstMonthKey, twelveMonthsEnding } from './periods'
import { REPORTED_STEPS, type CycleOutcome, type CycleRow, type SlaFilter, type SlaReport, type StepOutcome } from './reportSchema'
import { responseCycles, type ResponseCycle } from './responseCycles'
import { stepOutcomes } from './stepOutcomes'

export interface SlaReportInput {
  from: string
  to: string
  filter: SlaFilter
  now: Date
  rules: DeadlineRules
  immediateToleranceMinutes: number
}

type Buckets = Record<'total' | CycleOutcome, number>
const buckets = (): Buckets => ({ total: 0, met: 0, breached: 0, pending: 0, unrecorded: 0 })
const iso = (d: Date) => isoInstant(d.getTime())
/** One collator: `localeCompare(…, 'ko')` builds a new one on every call. */
const KOREAN_ORDER = new Intl.Collator('ko')

/**
 * The SLA compliance report over [from, to): response cycles by their start, steps by the
 * issue's first case open (else its logging), each judged by the live clocks' own functions.
 * `histories` may hold more issues than the period (the 12-month chart reads further back).
 */
export function slaReport(histories: readonly IssueHistory[], input: SlaReportInput): SlaReport {
  const from = Date.parse(input.from)
  const to = Date.parse(input.to)
  const months = twelveMonthsEnding(input.to)
  const { filter, now, rules } = input
  const rows = new Map<string, { b: Buckets; hours: number[] }>()
  for (const severity of SEVERITIES) for (const renewal of RENEWALS) rows.set(`${severity}|${renewal}`, { b: buckets(), hours: [] })
  const steps = new Map(REPORTED_STEPS.map((s) => [s, { onTime: 0, late: 0, skipped: 0, openOverdue: 0, openNotDue: 0 } as Record<StepOutcome, number>]))
  const customers = new Map<string, Buckets>()
  const byMonth = new Map(months.keys.map((k) => [k, buckets()]))
  const issues: SlaReport['issues'] = []

  for (const h of histories) {
    const { issue } = h
    if (filter.track && issue.track !== filter.track) continue
    if (filter.customer !== undefined && issue.customerName !== filter.customer) continue
    const cycles = responseCycles(h, rules, now).filter((c) => !filter.renewal || c.renewal === filter.renewal)
    const inPeriod: CycleRow[] = []
    for (const c of cycles) {
      const t = instantMs(c.start)
      if (t >= months.from && t < months.to) count(byMonth.get(kstMonthKey(t))!, c.outcome)
      if (t < from || t >= to) continue
      const row = rows.get(`${c.severity}|${c.renewal}`)!
      count(row.b, c.outcome)
      if (c.responseHours !== null) row.hours.push(c.responseHours)
      const name = issue.customerName
      if (!customers.has(name)) customers.set(name, buckets())
      count(customers.get(name)!, c.outcome)
      inPeriod.push(cycleRow(c))
    }
    const ownInstant = instantMs(firstCaseOpen(h) ?? issue.loggedAt)
    const stepRows =
      ownInstant >= from && ownInstant < to && (!filter.renewal || issue.renewal === filter.renewal)
        ? stepOutcomes(h, rules, now, input.immediateToleranceMinutes)
        : []
    for (const s of stepRows) steps.get(s.step)![s.outcome]++
    if (inPeriod.length || stepRows.length) {
      issues.push({
        id: issue.id,
        title: issue.title,
        customerName: issue.customerName,
        track: issue.track,
        severity: issue.severity,
        renewal: issue.renewal,
        status: issue.status,
        loggedAt: issue.loggedAt,
        cycles: inPeriod,
        steps: stepRows,
      })
    }
  }

  return {
    from: input.from,
    to: input.to,
    now: iso(now),
    rows: [...rows].map(([key, { b, hours }]) => {
      const [sev, renewal] = key.split('|') as [string, Renewal]
      const severity = Number(sev) as Severity
      hours.sort((a, b) => a - b)
      return {
        severity,
        renewal,
        ...b,
        metPct: metPct(b),
        targetHours: targetResponseHours(severity, renewal, rules.settings.targets),
        responded: hours.length,
        medianResponseHours: nearestRank(hours, 0.5),
        p90ResponseHours: nearestRank(hours, 0.9),
      }
    }),
    steps: [...steps].map(([step, c]) => ({ step, ...c })),
    byCustomer: [...customers]
      .map(([customer, b]) => ({ customer, ...b, metPct: metPct(b) }))
      .sort((a, b) => b.total - a.total || KOREAN_ORDER.compare(a.customer, b.customer)),
    byMonth: [...byMonth].map(([month, b]) => ({ month, ...b })),
    issues: issues.sort((a, b) => a.id - b.id),
    immediateToleranceMinutes: input.immediateToleranceMinutes,
  }
}

function count(b: Buckets, outcome: CycleOutcome): void {
  b.total++
  b[outcome]++
}

/** Met among decided cycles; pending and 응답 미기록 are neither. */
function metPct(b: Buckets): number | null {
  const decided = b.met + b.breached
  return decided ? Math.round((b.met / decided) * 1000) / 10 : null
}

/** Nearest-rank percentile of an ascending list: the value at rank ⌈p·n⌉. */
export function nearestRank(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null
  return round2(sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!)
}

const round2 = (x: number) => Math.round(x * 100) / 100

function firstCaseOpen(h: IssueHistory): string | null {
  for (const e of h.events) if (e.kind === 'caseOpened') return e.at
  return h.issue.caseOpenedAt
}

function cycleRow(c: ResponseCycle): CycleRow {
  return {
    index: c.index,
    start: c.start,
    clockFrom: c.clockFrom,
    due: c.due,
    dueRecorded: c.dueRecorded,
    respondedAt: c.respondedAt,
    endedAt: c.endedAt,
    outcome: c.outcome,
    severity: c.severity,
    renewal: c.renewal,
    responseHours: c.responseHours === null ? null : round2(c.responseHours),
  }
}
