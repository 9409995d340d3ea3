import { useTranslation } from 'react-i18next'
import { formValue, type RegistrationForm } from '../../../shared/form/registrationForm'
import { mailEnvelope, type MailAddress, type MailRecipients } from '../../../shared/form/mailDraft'

const shown = (a: MailAddress) => (a.name ? `${a.name} <${a.address}>` : a.address)

/**
 * The e-mail draft's addresses as the export will write them (from the form as edited), and what
 * is missing: no sender without a partner e-mail, contacts the Cc setting asks for but cannot copy.
 */
export function ExportMailDraft({ form, recipients }: { form: RegistrationForm; recipients: MailRecipients }) {
  const { t } = useTranslation()
  const envelope = mailEnvelope(form, recipients)
  const typed = formValue(form, 'partnerEmail').trim()
  const gaps = [
    ...(envelope.from ? [] : [typed ? t('wb.exportMailBadFrom') : t('wb.exportMailNoFrom')]),
    ...(recipients.uncopied.length ? [t('wb.exportMailNoCc', { who: recipients.uncopied.map((r) => t(`role.${r}`)).join(', ') })] : []),
  ]
  return (
    <div className="xp-mail small" data-testid="export-mail">
      <span className="xp-mail-title">{t('wb.exportMail')}</span>
      <dl>
        <dt>{t('wb.exportMailFrom')}</dt>
        <dd data-testid="export-mail-from">{envelope.from ? shown(envelope.from) : '—'}</dd>
        <dt>{t('wb.exportMailTo')}</dt>
        <dd>{recipients.to}</dd>
        <dt>{t('wb.exportMailCc')}</dt>
        <dd data-testid="export-mail-cc">{envelope.cc.length ? envelope.cc.map(shown).join(', ') : '—'}</dd>
      </dl>
      {gaps.length > 0 && (
        <ul className="xp-mail-gaps" role="status" data-testid="export-mail-gaps">
          {gaps.map((g) => (
            <li key={g}>{g}</li>
          ))}
        </ul>
      )}
      <a href="#/settings" className="xp-mail-settings">{t('wb.exportMailCcSetting')}</a>
    </div>
  )
}
