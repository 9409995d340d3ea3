import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { call } from '../../api'
import type { Role } from '../../../shared/domain'
import type { Contact } from '../../../shared/model'
import { openExternal } from './openExternal'
import { errorText } from '../common/errors'

/** One person a step says to call: name, number (tel: link, copy) and "통화 기록". */
export function Callee({
  role,
  contact,
  issueId,
  stepId,
  readOnly,
  logged,
}: {
  role: Role
  contact: Contact | null
  issueId: number
  stepId: string
  readOnly: boolean
  /** A call to this role is in the timeline for this step (the core's record, so it survives a reload). */
  logged: boolean
}) {
  const { t } = useTranslation()
  const [copied, setCopied] = useState(false)
  const [error, setError] = useState('')
  if (!contact) {
    return (
      <div className="callee missing">
        <span className="muted">{t('wb.noContact', { role: t(`role.${role}`) })}</span> <a href="#/settings">{t('nav.settings')}</a>
      </div>
    )
  }
  const tel = contact.phone.replace(/[^0-9+\-() ]/g, '')
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(contact.phone)
      setCopied(true)
      setTimeout(() => setCopied(false), 1500)
    } catch {
      /* clipboard refused (no permission): the number stays visible to copy by hand */
    }
  }
  return (
    <div className="callee" data-testid="callee">
      <span className="callee-role muted">{t(`role.${role}`)}</span>
      <strong>{contact.name}</strong>
      {contact.company && <span className="muted">{contact.company}</span>}
      {contact.phone ? (
        <>
          <a
            className="phone tabular"
            href={`tel:${tel}`}
            onClick={(e) => {
              e.preventDefault()
              openExternal(`tel:${tel}`).then(() => setError(''), (err: unknown) => setError(errorText(err)))
            }}
          >
            {contact.phone}
          </a>
          <button className="small ghost" onClick={() => void copy()}>{copied ? t('common.copied') : t('common.copy')}</button>
        </>
      ) : (
        <span className="muted">—</span>
      )}
      {!readOnly && (
        <button
          className="small"
          onClick={() => void call('timeline.call', { issueId, contactId: contact.id, stepId }).then(() => setError(''), (e: unknown) => setError(errorText(e)))}
        >
          {logged ? `✓ ${t('wb.logCall')}` : t('wb.logCall')}
        </button>
      )}
      {error && <span className="form-error" role="alert">{error}</span>}
    </div>
  )
}
