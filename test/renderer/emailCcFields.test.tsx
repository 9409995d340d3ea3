import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { i18n } from '../../renderer/src/i18n'
import { EmailCcFields } from '../../renderer/src/settings/EmailCcFields'

afterEach(cleanup)

describe('the e-mail Cc setting', () => {
  it('shows both choices and reports each change with the other kept', () => {
    const onChange = vi.fn()
    render(
      <I18nextProvider i18n={i18n}>
        <EmailCcFields value={{ distributor: true, veeamSe: true }} onChange={onChange} />
      </I18nextProvider>,
    )
    expect(screen.getByRole('group', { name: /메일 초안 참조/ })).toBeTruthy()
    const dist = screen.getByLabelText('고객사 총판 엔지니어') as HTMLInputElement
    expect(dist.checked).toBe(true)
    fireEvent.click(dist)
    expect(onChange).toHaveBeenLastCalledWith({ distributor: false, veeamSe: true })
    fireEvent.click(screen.getByLabelText('Veeam Korea SE'))
    expect(onChange).toHaveBeenLastCalledWith({ distributor: true, veeamSe: false })
  })
})
