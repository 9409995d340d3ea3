import { cleanup, render, screen } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import type { IssueSummary } from '../../../shared/model'
import { IssueRow } from '../../../renderer/src/dashboard/IssueRow'
import { i18n } from '../../../renderer/src/i18n'
import { aStep } from '../fixtures'

const summary = (patch: Partial<IssueSummary>): IssueSummary => ({
  id: 3, title: '복구 지연', track: 'general', severity: 3, status: 'caseOpen', renewal: 'basic', customerName: '서울정밀',
  caseNumber: '0771', loggedAt: '2026-11-25T01:00:00.000Z', nextStep: null, nextDue: null, targetDue: null, ...patch,
})
const row = (issue: IssueSummary, now: string) =>
  render(<I18nextProvider i18n={i18n}><ul><IssueRow issue={issue} now={new Date(now)} lang="ko" /></ul></I18nextProvider>)
afterEach(cleanup)

describe('the dashboard shows the nearest of all the issue’s clocks, target response included', () => {
  it('a row whose only running clock is the target response shows it, not "—"', () => {
    row(summary({ targetDue: '2026-11-25T02:00:00.000Z', nextDue: '2026-11-25T02:00:00.000Z' }), '2026-11-25T01:45:00.000Z')
    const next = screen.getByTestId('row-next')
    expect(next.textContent).toContain('목표 응답')
    expect(next.textContent).toContain('15분 남음')
  })

  it('after the breach the target reads overdue, in red', () => {
    row(summary({ targetDue: '2026-11-25T02:00:00.000Z' }), '2026-11-25T02:10:00.000Z')
    const due = screen.getByTestId('row-next').querySelector('.due')!
    expect(due.textContent).toContain('10분 초과')
    expect(due.className).toContain('overdue')
  })

  it('a step due before the target is the one shown', () => {
    row(summary({ nextStep: aStep({ id: 'G2', due: '2026-11-25T01:50:00.000Z' }), targetDue: '2026-11-25T02:00:00.000Z' }), '2026-11-25T01:45:00.000Z')
    expect(screen.getByTestId('row-next').textContent).toContain('G2')
    expect(screen.getByTestId('row-next').textContent).toContain('5분 남음')
  })
})
