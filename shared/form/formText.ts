import { displayValue, type RegistrationForm } from './registrationForm'

/** The whole form as plain text for the clipboard (pastes cleanly into mail, messengers and tickets). */
export function registrationFormText(form: RegistrationForm): string {
  const lines: string[] = [form.title, `작성일: ${form.writtenAt}`, '']
  for (const field of form.fields) {
    const shown = displayValue(field).text
    // Multi-line values are indented under the label so they stay readable after pasting.
    lines.push(`${field.label}: ${shown.replace(/\r?\n/g, '\n  ')}`)
  }
  for (const section of form.sections) {
    lines.push('', `[${section.label}]`, displayValue(section).text.replace(/\r\n/g, '\n'))
  }
  return lines.join('\n') + '\n'
}
