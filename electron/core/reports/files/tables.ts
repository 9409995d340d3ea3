import { formatKstFull } from '../../../../shared/format/kst'
import { REPORTED_STEPS, type ReportWords, type SlaReport } from '../../../../shared/schedule/sla'

export type Cell = string | number | null
export interface Table {
  title: string
  header: string[]
  rows: Cell[][]
}

const kst = (iso: string | null) => (iso ? formatKstFull(iso) : '')
const pct = (v: number | null) => (v === null ? '' : `${v}%`)

/** The summary tables, in the order the files print them. */
export function summaryTables(r: SlaReport, w: ReportWords): Table[] {
  const o = w.outcome
  return [
    {
      title: w.rowsTable,
      header: ['Severity', w.renewalCol, w.total, o.met, o.breached, o.pending, o.unrecorded, w.metPct, `${w.target} (${w.hours})`, w.responded, `${w.median} (${w.hours})`, `${w.p90} (${w.hours})`],
      rows: r.rows.map((x) => [w.severity(x.severity), w.renewal[x.renewal], x.total, x.met, x.breached, x.pending, x.unrecorded, pct(x.metPct), x.targetHours, x.responded, x.medianResponseHours, x.p90ResponseHours]),
    },
    {
      title: w.stepsTable,
      header: [w.stepCol, w.step.onTime, w.step.late, w.step.skipped, w.step.openOverdue, w.step.openNotDue],
      rows: r.steps.map((s) => [s.step, s.onTime, s.late, s.skipped, s.openOverdue, s.openNotDue]),
    },
    {
      title: w.customersTable,
      header: [w.customer, w.total, o.met, o.breached, o.pending, o.unrecorded, w.metPct],
      rows: r.byCustomer.map((c) => [c.customer || w.noCustomer, c.total, c.met, c.breached, c.pending, c.unrecorded, pct(c.metPct)]),
    },
  ]
}

/** One row per issue with every figure: its cycles (joined) and one column per timed step. */
export function issueTable(r: SlaReport, w: ReportWords, lang: 'ko' | 'en'): Table {
  const ko = lang === 'ko'
  const header = [
    ko ? '이슈 번호' : 'Issue',
    ko ? '제목' : 'Title',
    w.customer,
    w.trackCol,
    w.renewalCol,
    'Severity',
    ko ? '상태' : 'Status',
    ko ? '등록' : 'Logged',
    w.total,
    w.outcome.met,
    w.outcome.breached,
    w.outcome.pending,
    w.outcome.unrecorded,
    ko ? '주기별 시작' : 'Cycle starts',
    ko ? '주기별 목표 시각' : 'Cycle dues',
    ko ? '주기별 첫 응답' : 'Cycle responses',
    ko ? '주기별 결과' : 'Cycle outcomes',
    ko ? `주기별 응답 시간(${w.hours})` : 'Cycle response hours',
    ...REPORTED_STEPS,
  ]
  const rows = r.issues.map((i) => {
    const c = i.cycles
    const join = (f: (x: (typeof c)[number]) => string) => c.map(f).join(' / ')
    const n = (o: string) => c.filter((x) => x.outcome === o).length
    const stepOf = new Map(i.steps.map((s) => [s.step, s]))
    return [
      i.id,
      i.title,
      i.customerName || w.noCustomer,
      i.track,
      w.renewal[i.renewal],
      w.severity(i.severity),
      i.status,
      kst(i.loggedAt),
      c.length,
      n('met'),
      n('breached'),
      n('pending'),
      n('unrecorded'),
      join((x) => kst(x.start)),
      join((x) => kst(x.due)),
      join((x) => kst(x.respondedAt) || '-'),
      join((x) => `${w.severity(x.severity)} ${w.outcome[x.outcome]}`),
      join((x) => (x.responseHours === null ? '-' : String(x.responseHours))),
      ...REPORTED_STEPS.map((id) => {
        const s = stepOf.get(id)
        return s ? `${w.step[s.outcome]}${s.doneAt ? ' ' + kst(s.doneAt) : ''}` : ''
      }),
    ] as Cell[]
  })
  return { title: ko ? '이슈별' : 'Per issue', header, rows }
}
