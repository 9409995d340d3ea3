// What the tray shows (tooltip, title, icon, menu): pure, tested against exact strings.
import { formatCountdown } from '../format/duration'
import { formatKstWhen } from '../format/kst'
import type { Language } from './alertText'
import { shortStepLabel } from './shortStepLabels'

/** An open issue with its open deadlines (step ids or 'target', ISO instants). */
export interface TrayIssue {
  id: number
  customerName: string
  title: string
  deadlines: { target: string; due: string }[]
}

export interface TrayUrgentItem {
  issueId: number
  customer: string
  step: string
  countdown: string
  /** "ACME · 총판 전화 · 12분 남음": the menu item. */
  label: string
}

export interface TrayModel {
  /** "3건 · 초과 1 · 다음 14:30 총판 전화" (times in KST). */
  tooltip: string
  /** Next to the icon on macOS: "초과 1", or '' when nothing is overdue. */
  title: string
  /** Any deadline passed: the alert icon. */
  overdue: boolean
  /** The three most urgent open issues, most urgent first. */
  urgent: TrayUrgentItem[]
}

const URGENT_ITEMS = 3

const countdown = (dueMs: number, nowMs: number, language: Language): string => formatCountdown(new Date(dueMs), new Date(nowMs), language)

export function trayModel(issues: TrayIssue[], now: Date, language: Language): TrayModel {
  const nowMs = now.getTime()
  const ko = language === 'ko'
  const nearest = issues
    .map((issue) => {
      let best: { target: string; dueMs: number } | null = null
      let overdue = false
      for (const d of issue.deadlines) {
        const dueMs = Date.parse(d.due)
        if (dueMs <= nowMs) overdue = true
        if (!best || dueMs < best.dueMs) best = { target: d.target, dueMs }
      }
      return { issue, best, overdue }
    })
    .filter((x) => x.best !== null)
    .sort((a, b) => a.best!.dueMs - b.best!.dueMs || a.issue.id - b.issue.id)

  const overdueCount = nearest.filter((x) => x.overdue).length
  let next: { target: string; dueMs: number } | null = null
  for (const { issue } of nearest) {
    for (const d of issue.deadlines) {
      const dueMs = Date.parse(d.due)
      if (dueMs > nowMs && (!next || dueMs < next.dueMs)) next = { target: d.target, dueMs }
    }
  }

  const parts: string[] = []
  if (issues.length === 0) parts.push(ko ? '열린 이슈 없음' : 'No open issues')
  else parts.push(ko ? `${issues.length}건` : `${issues.length} open`)
  if (overdueCount > 0) parts.push(ko ? `초과 ${overdueCount}` : `${overdueCount} overdue`)
  if (next) parts.push(`${ko ? '다음' : 'next'} ${formatKstWhen(new Date(next.dueMs), new Date(nowMs), language)} ${shortStepLabel(next.target, language)}`)

  const urgent = nearest.slice(0, URGENT_ITEMS).map(({ issue, best }): TrayUrgentItem => {
    const customer = issue.customerName.trim() || issue.title // the tray's rows are short: the customer, else the title
    const step = shortStepLabel(best!.target, language)
    const cd = countdown(best!.dueMs, nowMs, language)
    return { issueId: issue.id, customer, step, countdown: cd, label: `${customer} · ${step} · ${cd}` }
  })

  return {
    tooltip: parts.join(' · '),
    title: overdueCount > 0 ? (ko ? `초과 ${overdueCount}` : `${overdueCount} overdue`) : '',
    overdue: overdueCount > 0,
    urgent,
  }
}
