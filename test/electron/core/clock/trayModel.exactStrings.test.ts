import { describe, expect, it } from 'vitest'
import { trayModel, type TrayIssue } from '../../../../shared/schedule/trayModel'
import { kst } from './clockCore'

const issue = (id: number, customerName: string, deadlines: [string, string][]): TrayIssue => ({
  id,
  customerName,
  title: `이슈 ${id}`,
  deadlines: deadlines.map(([target, wall]) => ({ target, due: kst(wall) })),
})

const now = new Date(kst('2026-11-25 14:00'))
const issues = [
  issue(1, 'ACME', [['G3', '2026-11-25 14:30'], ['G6', '2026-11-26 10:00']]),
  issue(2, 'BETA', [['C5', '2026-11-25 13:50']]),
  issue(3, '', [['target', '2026-11-25 16:05']]),
  issue(4, 'DELTA', [['G7', '2026-11-28 09:00']]),
  issue(5, 'EPSILON', []),
]

describe('the tray shows counts, the next deadline (KST) and the three most urgent issues', () => {
  it('Korean', () => {
    expect(trayModel(issues, now, 'ko')).toEqual({
      tooltip: '5건 · 초과 1 · 다음 14:30 총판 전화',
      title: '초과 1',
      overdue: true,
      urgent: [
        { issueId: 2, customer: 'BETA', step: '총판·SE 전화', countdown: '10분 초과', label: 'BETA · 총판·SE 전화 · 10분 초과' },
        { issueId: 1, customer: 'ACME', step: '총판 전화', countdown: '30분 남음', label: 'ACME · 총판 전화 · 30분 남음' },
        { issueId: 3, customer: '이슈 3', step: '목표 응답', countdown: '2시간 5분 남음', label: '이슈 3 · 목표 응답 · 2시간 5분 남음' },
      ],
    })
  })

  it('English, and the date when the next deadline is not today', () => {
    const m = trayModel([issues[3]], now, 'en')
    expect(m).toEqual({
      tooltip: '1 open · next 11/28(Sat) 09:00 Veeam work',
      title: '',
      overdue: false,
      urgent: [{ issueId: 4, customer: 'DELTA', step: 'Veeam work', countdown: '2 d 19 h left', label: 'DELTA · Veeam work · 2 d 19 h left' }],
    })
  })

  it('nothing open', () => {
    expect(trayModel([], now, 'ko')).toEqual({ tooltip: '열린 이슈 없음', title: '', overdue: false, urgent: [] })
  })
})
