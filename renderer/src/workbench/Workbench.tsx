import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, call } from '../../api'
import type { IssueDetail } from '../../../shared/model'
import { errorSearchUrls } from '../../../shared/ipc/externalLinks'
import { useNow } from '../common/useNow'
import type { Lang } from '../../../shared/format/duration'
import { formatKstFull } from '../../../shared/format/kst'
import { CasePanel } from './CasePanel'
import { ExportPanel } from './ExportPanel'
import { IssueEditor } from './IssueEditor'
import { openExternal } from './openExternal'
import { StepList } from './StepList'
import { Timeline } from './Timeline'
import { errorText } from '../common/errors'

/** The issue workbench (#/issue/:id): playbook, case lifecycle, contacts, details, timeline. */
export function Workbench({ id }: { id: number }) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language as Lang
  const now = useNow(1000)
  const [detail, setDetail] = useState<IssueDetail | null>(null)
  const [loadError, setLoadError] = useState('')
  const [searchError, setSearchError] = useState('')

  const load = useCallback(async () => {
    try {
      setDetail(await call('issues.get', { id }))
      setLoadError('')
    } catch (e) {
      setLoadError(errorText(e))
    }
  }, [id])

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- fetching: state is set after the reply arrives
    void load()
    return api.on('issuesChanged', ({ ids }) => {
      if (ids.length === 0 || ids.includes(id)) void load()
    })
  }, [load, id])

  if (loadError && !detail) return <div className="card empty">{loadError || t('wb.notFound')}</div>
  if (!detail) return <div className="card empty muted">{t('common.loading')}</div>

  const { issue } = detail
  const readOnly = issue.status === 'closed'
  const urls = issue.errorMessage.trim() ? errorSearchUrls(issue.errorMessage) : null

  const search = async (where: 'forum' | 'kb' | 'google') => {
    if (!urls) return
    try {
      await openExternal(urls[where])
    } catch (e) {
      setSearchError(errorText(e)) // nothing opened, so nothing goes to the timeline
      return
    }
    try {
      await call('timeline.search', { issueId: id, where, query: issue.errorMessage.slice(0, 2000) })
      setSearchError('')
    } catch (e) {
      setSearchError(errorText(e)) // the search page is open; only its note in the timeline failed
    }
  }

  return (
    <div className="workbench">
      <header className="wb-head">
        <a href="#/" className="back">{t('nav.back')}</a>
        <div className="wb-title">
          <span className="muted tabular">#{issue.id}</span>
          <h1>{issue.title}</h1>
        </div>
        <div className="row-badges">
          <span className="row-customer">{issue.customerName || '—'}</span>
          <span className={`badge track-${issue.track}`}>{t(`trackLong.${issue.track}`)}</span>
          <span className={`badge sev sev-${issue.severity}`}>Sev{issue.severity}</span>
          <span className={`badge renewal-${issue.renewal}`}>{t(`renewal.${issue.renewal}`)}</span>
          <span className="chip" data-testid="issue-status">{t(`status.${issue.status}`)}</span>
          <span className="chip">Tier {issue.tier}</span>
          {issue.qaDevInvolved && <span className="chip">QA/DEV</span>}
          <span className="muted small">{formatKstFull(issue.loggedAt)}</span>
        </div>
      </header>
      {readOnly && <p className="notice">{t('wb.readOnly')}</p>}

      <div className="wb-grid">
        <div className="wb-main">
          <StepList detail={detail} now={now} lang={lang} readOnly={readOnly} onChange={setDetail} />
          <IssueEditor detail={detail} readOnly={readOnly} onSaved={load} />
        </div>
        <aside className="wb-side">
          <CasePanel detail={detail} now={now} lang={lang} readOnly={readOnly} onChanged={load} />
          {urls && (
            <section className="card">
              <h2>{t('wb.searchError')}</h2>
              <pre className="error-snippet">{issue.errorMessage.slice(0, 400)}</pre>
              <div className="btn-row">
                <button onClick={() => void search('forum')} data-testid="search-forum">{t('wb.forum')} ↗</button>
                <button onClick={() => void search('kb')} data-testid="search-kb">{t('wb.kb')} ↗</button>
                <button onClick={() => void search('google')} data-testid="search-google">{t('wb.google')} ↗</button>
              </div>
              {searchError && <p className="form-error" role="alert">{searchError}</p>}
            </section>
          )}
          <ExportPanel issueId={issue.id} issueLabel={[issue.customerName, issue.title].filter(Boolean).join(' · ')} onExported={() => void load()} />
          <Timeline detail={detail} lang={lang} />
        </aside>
      </div>
    </div>
  )
}
