import { useTranslation } from 'react-i18next'
import { stepText, type StepId } from '../../../shared/domain'
import { useSettings } from '../common/settingsContext'
import type { CycleOutcome, ReportWords, SlaReport, StepOutcome } from '../../../shared/schedule/sla'

/** What a clicked number stands for: the issues behind it are listed below the tables. */
export type Pick =
  | { kind: 'cycles'; label: string; severity?: number; renewal?: string; customer?: string; outcome?: CycleOutcome }
  | { kind: 'steps'; label: string; step: string; outcome: StepOutcome }

const CYCLE_OUTCOMES: CycleOutcome[] = ['met', 'breached', 'pending', 'unrecorded']
const STEP_OUTCOMES: StepOutcome[] = ['onTime', 'late', 'skipped', 'openOverdue', 'openNotDue']
const pct = (v: number | null) => (v === null ? '–' : `${v}%`)
const hours = (v: number | null) => (v === null ? '–' : String(v))

function Num({ n, onPick }: { n: number; onPick: () => void }) {
  if (n === 0) return <td className="num">0</td>
  return (
    <td className="num">
      <button type="button" className="rep-num" onClick={onPick}>{n}</button>
    </td>
  )
}

/** A step's code and its title as the playbook shows it (C-steps in the critical track's words). */
function StepName({ step }: { step: StepId }) {
  const { i18n } = useTranslation()
  const playbook = useSettings().settings.domain.playbook
  const title = stepText(step, step.startsWith('C') ? 'critical' : 'general', playbook).title[i18n.language === 'en' ? 'en' : 'ko']
  return (
    <>
      {step} {title}
    </>
  )
}

export function ReportTables({ report, w, onPick }: { report: SlaReport; w: ReportWords; onPick: (p: Pick) => void }) {
  const o = w.outcome
  return (
    <>
      <section className="panel rep-section">
        <h2>{w.rowsTable}</h2>
        <table className="rep-table">
          <thead>
            <tr>
              <th>Severity</th><th>{w.renewalCol}</th><th className="num">{w.total}</th>
              {CYCLE_OUTCOMES.map((k) => <th key={k} className="num">{o[k]}</th>)}
              <th className="num">{w.metPct}</th><th className="num">{w.target} ({w.hours})</th>
              <th className="num">{w.median} ({w.hours})</th><th className="num">{w.p90} ({w.hours})</th><th className="num">{w.responded}</th>
            </tr>
          </thead>
          <tbody>
            {report.rows.map((r) => {
              const label = `${w.severity(r.severity)} ${w.renewal[r.renewal]}`
              return (
                <tr key={label}>
                  <td>{w.severity(r.severity)}</td><td>{w.renewal[r.renewal]}</td>
                  <Num n={r.total} onPick={() => onPick({ kind: 'cycles', label, severity: r.severity, renewal: r.renewal })} />
                  {CYCLE_OUTCOMES.map((k) => (
                    <Num key={k} n={r[k]} onPick={() => onPick({ kind: 'cycles', label: `${label} · ${o[k]}`, severity: r.severity, renewal: r.renewal, outcome: k })} />
                  ))}
                  <td className="num">{pct(r.metPct)}</td><td className="num">{r.targetHours}</td>
                  <td className="num">{hours(r.medianResponseHours)}</td><td className="num">{hours(r.p90ResponseHours)}</td><td className="num">{r.responded}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </section>
      <section className="panel rep-section">
        <h2>{w.stepsTable}</h2>
        <p className="muted">{w.tolerance(report.immediateToleranceMinutes)}</p>
        <table className="rep-table">
          <thead>
            <tr><th>{w.stepCol}</th>{STEP_OUTCOMES.map((k) => <th key={k} className="num">{w.step[k]}</th>)}</tr>
          </thead>
          <tbody>
            {report.steps.map((s) => (
              <tr key={s.step}>
                <td><StepName step={s.step} /></td>
                {STEP_OUTCOMES.map((k) => <Num key={k} n={s[k]} onPick={() => onPick({ kind: 'steps', label: `${s.step} · ${w.step[k]}`, step: s.step, outcome: k })} />)}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="panel rep-section">
        <h2>{w.customersTable}</h2>
        <table className="rep-table">
          <thead>
            <tr><th>{w.customer}</th><th className="num">{w.total}</th>{CYCLE_OUTCOMES.map((k) => <th key={k} className="num">{o[k]}</th>)}<th className="num">{w.metPct}</th></tr>
          </thead>
          <tbody>
            {report.byCustomer.map((c) => {
              const name = c.customer || w.noCustomer
              return (
                <tr key={c.customer}>
                  <td>{name}</td>
                  <Num n={c.total} onPick={() => onPick({ kind: 'cycles', label: name, customer: c.customer })} />
                  {CYCLE_OUTCOMES.map((k) => <Num key={k} n={c[k]} onPick={() => onPick({ kind: 'cycles', label: `${name} · ${o[k]}`, customer: c.customer, outcome: k })} />)}
                  <td className="num">{pct(c.metPct)}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </section>
    </>
  )
}

/** The issues behind a picked number; each opens its workbench. */
export function pickedIssues(report: SlaReport, p: Pick) {
  return report.issues.filter((i) =>
    p.kind === 'steps'
      ? i.steps.some((s) => s.step === p.step && s.outcome === p.outcome)
      : (p.customer === undefined || i.customerName === p.customer) &&
        i.cycles.some((c) => (p.severity === undefined || c.severity === p.severity) && (p.renewal === undefined || c.renewal === p.renewal) && (!p.outcome || c.outcome === p.outcome)),
  )
}
