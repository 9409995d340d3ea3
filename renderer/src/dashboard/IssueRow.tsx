import { useTranslation } from 'react-i18next'
import type { IssueSummary, StepView } from '../../../shared/model'
import { go } from '../common/route'
import { formatCountdown, urgencyOf, type Lang } from '../../../shared/format/duration'
import { formatKstShort } from '../../../shared/format/kst'

/** One dashboard row: customer and title, badges, and the nearest running clock (red once past). */
export function IssueRow({ issue, now, lang }: { issue: IssueSummary; now: Date; lang: Lang }) {
  const { t } = useTranslation()
  const clock = nearestClock(issue)
  const urgency = urgencyOf(clock?.due, now, 60)
  const open = () => go(`#/issue/${issue.id}`)
  return (
    <li
      className={`issue-row u-${urgency}`}
      data-testid="issue-row"
      data-issue-id={issue.id}
      tabIndex={0}
      role="link"
      onClick={open}
      onKeyDown={(e) => {
        if (e.key === 'Enter') open()
        if (e.key === 'ArrowDown') (e.currentTarget.nextElementSibling as HTMLElement | null)?.focus()
        if (e.key === 'ArrowUp') (e.currentTarget.previousElementSibling as HTMLElement | null)?.focus()
      }}
    >
      <div className="row-main">
        <div className="row-title">
          <span className="row-customer">{issue.customerName || '—'}</span>
          <span className="row-text">{issue.title}</span>
        </div>
        <div className="row-badges">
          <span className={`badge track-${issue.track}`}>{t(`track.${issue.track}`)}</span>
          <span className={`badge sev sev-${issue.severity}`}>Sev{issue.severity}</span>
          <span className={`badge renewal-${issue.renewal}`}>{issue.renewal === 'production' ? 'Prod' : 'Basic'}</span>
          <span className="chip">{t(`status.${issue.status}`)}</span>
          {issue.caseNumber && <span className="chip mono">#{issue.caseNumber}</span>}
        </div>
      </div>
      <div className="row-next" data-testid="row-next">
        {clock ? (
          <>
            <span className="row-step">
              {clock.step ? (
                <>
                  <span className="step-id">{clock.step.id}</span> {clock.step.title[lang]}
                </>
              ) : (
                t('wb.target')
              )}
            </span>
            <span className={`due ${urgency} tabular`} title={formatKstShort(clock.due, lang) + ' KST'}>
              {formatCountdown(clock.due, now, lang)} <span className="muted">· {formatKstShort(clock.due, lang)}</span>
            </span>
          </>
        ) : (
          <span className="muted">—</span>
        )}
      </div>
    </li>
  )
}

/** The nearest of the issue's running clocks: its next step or the target response, whichever comes first. */
export function nearestClock(issue: IssueSummary): { due: string; step: StepView | null } | null {
  const stepDue = issue.nextStep?.due ?? null
  if (issue.targetDue && (!stepDue || issue.targetDue < stepDue)) return { due: issue.targetDue, step: null }
  return stepDue ? { due: stepDue, step: issue.nextStep } : null
}
