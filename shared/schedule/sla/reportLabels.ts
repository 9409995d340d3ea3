import type { Renewal, Severity } from '../../domain'
import type { CycleOutcome, StepOutcome } from './reportSchema'

/** Words of the report shared by the screen's charts and the files (Korean first, English switch). */
export interface ReportWords {
  title: string
  period: string
  madeAt: string
  outcome: Record<CycleOutcome, string>
  step: Record<StepOutcome, string>
  renewal: Record<Renewal, string>
  severity: (s: Severity) => string
  metPct: string
  median: string
  p90: string
  target: string
  hours: string
  responded: string
  total: string
  customer: string
  noCustomer: string
  month: string
  stepCol: string
  /** Column names, as the dashboard and the issue form say them (분류, 갱신 유형). */
  trackCol: string
  renewalCol: string
  monthlyChart: string
  responseChart: string
  rowsTable: string
  stepsTable: string
  customersTable: string
  tolerance: (minutes: number) => string
  rules: string
}

const ko: ReportWords = {
  title: 'SLA 준수 리포트',
  period: '기간',
  madeAt: '작성',
  outcome: { met: '충족', breached: '위반', pending: '대기', unrecorded: '응답 미기록' },
  step: { onTime: '기한 내', late: '지연', skipped: '건너뜀', openOverdue: '미완료·기한 초과', openNotDue: '미완료·기한 전' },
  renewal: { production: 'Production', basic: 'Basic' },
  severity: (s) => `Sev${s}`,
  metPct: '충족률',
  median: '중앙값',
  p90: 'p90',
  target: '목표',
  hours: '시간',
  responded: '응답 건수',
  total: '주기',
  customer: '고객사',
  noCustomer: '(고객사 없음)',
  month: '월',
  stepCol: '단계',
  trackCol: '분류',
  renewalCol: '갱신 유형',
  monthlyChart: '월별 응답 주기 (충족 / 위반 / 대기)',
  responseChart: 'Severity별 응답 시간 (중앙값·p90) 대 목표',
  rowsTable: 'Severity × 갱신 유형',
  stepsTable: '절차 단계 준수',
  customersTable: '고객사별',
  tolerance: (m) => `즉시 단계(C2–C4)는 ${m}분까지 기한 내로 셉니다.`,
  rules:
    '응답 주기 = 케이스 오픈(또는 재오픈)부터 첫 응답까지. 첫 응답 전 Severity 변경은 변경 시각부터 새 목표로 다시 셉니다. 응답 시간은 Basic은 업무 시간, Production은 실제 시간. 충족률 = 충족 / (충족 + 위반).',
}

const en: ReportWords = {
  title: 'SLA compliance report',
  period: 'Period',
  madeAt: 'Made',
  outcome: { met: 'Met', breached: 'Breached', pending: 'Pending', unrecorded: 'No response recorded' },
  step: { onTime: 'On time', late: 'Late', skipped: 'Skipped', openOverdue: 'Open, overdue', openNotDue: 'Open, not yet due' },
  renewal: { production: 'Production', basic: 'Basic' },
  severity: (s) => `Sev${s}`,
  metPct: 'Met %',
  median: 'Median',
  p90: 'p90',
  target: 'Target',
  hours: 'h',
  responded: 'Responses',
  total: 'Cycles',
  customer: 'Customer',
  noCustomer: '(no customer)',
  month: 'Month',
  stepCol: 'Step',
  trackCol: 'Track',
  renewalCol: 'Renewal',
  monthlyChart: 'Response cycles per month (met / breached / pending)',
  responseChart: 'Response time per severity (median, p90) against the target',
  rowsTable: 'Severity × renewal',
  stepsTable: 'Playbook steps',
  customersTable: 'Per customer',
  tolerance: (m) => `Immediate steps (C2–C4) count as on time within ${m} minutes.`,
  rules:
    'A response cycle runs from a case open (or reopening) to the first response. A severity changed before the response restarts the target from the change. Response time: business hours for Basic, wall-clock for Production. Met % = met / (met + breached).',
}

export const reportWords = (lang: 'ko' | 'en'): ReportWords => (lang === 'en' ? en : ko)
