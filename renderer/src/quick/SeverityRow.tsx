import { useTranslation } from 'react-i18next'
import { PROBLEM_TYPES, SEVERITIES, type ProblemType, type Severity } from '../../../shared/domain/vocabulary'
import { FieldError } from './FieldError'

/** Problem type and severity side by side; the suggested severity is marked, "—" only until one is chosen. */
export function SeverityRow({
  problemType,
  onProblemType,
  severity,
  suggested,
  error,
  onSeverity,
}: {
  problemType: ProblemType
  onProblemType: (p: ProblemType) => void
  severity: Severity | null
  suggested: Severity | null
  error?: string
  onSeverity: (s: Severity | null) => void
}) {
  const { t } = useTranslation()
  return (
    <>
      <div className="qrow">
        <label className="qlabel" htmlFor="q-problem">{t('quick.problemType')}</label>
        <select id="q-problem" name="problemType" value={problemType} onChange={(e) => onProblemType(e.target.value as ProblemType)}>
          {PROBLEM_TYPES.map((p) => (
            <option key={p} value={p}>{t(`problem.${p}`)}</option>
          ))}
        </select>
        <label className="qlabel right" htmlFor="q-severity">{t('quick.severity')}</label>
        <div className="qsev">
          <select
            id="q-severity"
            name="severity"
            value={severity ?? ''}
            aria-invalid={Boolean(error)}
            aria-describedby="q-severity-error"
            onChange={(e) => onSeverity(e.target.value ? (Number(e.target.value) as Severity) : null)}
          >
            {severity === null && <option value="">—</option>}
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                Sev{s}
                {s === suggested ? ` (${t('quick.suggested')})` : ''}
              </option>
            ))}
          </select>
        </div>
      </div>
      <FieldError id="q-severity-error" text={error} className="qerr-row" />
    </>
  )
}
