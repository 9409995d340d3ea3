import { useTranslation } from 'react-i18next'
import type { Contact } from '../../../shared/model'

interface Props {
  contacts: readonly Contact[]
  seId: number | null
  onSe: (id: number | null) => void
  /** datetime-local text in KST. */
  at: string
  onAt: (at: string) => void
  /** The severity field already shows an error: no second warning here. */
  hasError: boolean
}

/** Sev1 is set only after consulting a Veeam Korea SE: who, and when. */
export function Sev1Panel({ contacts, seId, onSe, at, onAt, hasError }: Props) {
  const { t } = useTranslation()
  const ses = contacts.filter((c) => c.role === 'veeamSe')
  return (
    <div className="qrow sev1" data-testid="sev1-panel">
      <label className="qlabel" htmlFor="q-se">{t('quick.sev1Se')}</label>
      <select id="q-se" name="sev1ConsultedSeId" value={seId ?? ''} onChange={(e) => onSe(e.target.value ? Number(e.target.value) : null)}>
        <option value="">{ses.length ? t('quick.chooseSe') : t('quick.noSe')}</option>
        {ses.map((c) => (
          <option key={c.id} value={c.id}>{c.name}{c.phone ? ` · ${c.phone}` : ''}</option>
        ))}
      </select>
      {/* Label and box wrap together: in the narrow quick window the box must not leave its label behind. */}
      <span className="qpair">
        <label className="qlabel right" htmlFor="q-se-at">{t('quick.sev1At')}</label>
        <input id="q-se-at" type="datetime-local" name="sev1ConsultedAt" value={at} onChange={(e) => onAt(e.target.value)} />
      </span>
      {!seId && !hasError && <span className="hint warn full">{t('quick.sev1Need')}</span>}
    </div>
  )
}
