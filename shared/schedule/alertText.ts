// The words of every desktop notification. Pure: tested against exact strings.
import type { Bilingual, Role } from '../domain'
import type { Contact, Issue } from '../model'
import type { DeadlineAlertKind } from './alertPlan'
import { formatCountdown, formatTimeLeft } from '../format/duration'
import { formatKstTime, formatKstWhen } from '../format/kst'

export type Language = 'ko' | 'en'

/** What one deadline asks of the partner: a step, or the target response. */
export interface AlertStepText {
  target: string
  title: Bilingual
  detail: Bilingual
  callRoles: Role[]
}

export type AlertIssueFacts = Pick<Issue, 'customerName' | 'title' | 'distributorContactId' | 'seContactId' | 'severity' | 'renewal'>

export interface AlertText {
  title: string
  body: string
}

const roleLabel: Record<Role, Bilingual> = {
  partner: { ko: '파트너 엔지니어', en: 'partner engineer' },
  distributor: { ko: '총판 엔지니어', en: 'distributor engineer' },
  veeamSe: { ko: 'Veeam SE', en: 'Veeam SE' },
}

/** The issue as a notification names it: customer and title ("ACME · DB 서버 다운"), so two issues of one customer differ. */
export const issueLabel = (issue: Pick<Issue, 'customerName' | 'title'>): string =>
  [issue.customerName.trim(), issue.title.trim()].filter(Boolean).join(' · ')

/** The target response as a step-like text: no call, record the response when it comes. */
export function targetResponseText(issue: Pick<Issue, 'severity' | 'renewal'>): AlertStepText {
  const renewal = issue.renewal === 'basic' ? 'Basic' : 'Production'
  return {
    target: 'target',
    title: { ko: '목표 응답 시간', en: 'Target response' },
    detail: {
      ko: `Sev${issue.severity} · ${renewal} 케이스의 Veeam 첫 응답 목표 시간입니다. 응답을 받았으면 기록하세요.`,
      en: `Target time for Veeam's first response (Sev${issue.severity} · ${renewal}). Record the response once it comes.`,
    },
    callRoles: [],
  }
}

/** Whom to call for a role: the issue's own contact, else the first contact with that role. */
export function contactFor(issue: AlertIssueFacts, role: Role, contacts: Contact[]): Contact | null {
  const own = role === 'distributor' ? issue.distributorContactId : role === 'veeamSe' ? issue.seContactId : null
  return (own !== null && contacts.find((c) => c.id === own && c.role === role)) || contacts.find((c) => c.role === role) || null
}

/** '홍길동 010-1234-5678' per role to call; a role without a contact says so. */
export function calleesText(issue: AlertIssueFacts, roles: Role[], contacts: Contact[], language: Language): string[] {
  return [...new Set(roles)].map((role) => {
    const c = contactFor(issue, role, contacts)
    if (!c) return language === 'ko' ? `${roleLabel[role].ko} 연락처 없음` : `no ${roleLabel[role].en} in contacts`
    return c.phone ? `${c.name} ${c.phone}` : c.name
  })
}

function whenText(kind: DeadlineAlertKind, dueMs: number, nowMs: number, language: Language, late: boolean): string {
  if (kind === 'before') return formatCountdown(new Date(dueMs), new Date(nowMs), language)
  // Said after a snooze: how long ago it was due, as of now ("10분 초과"), not the old "지금".
  if (late && nowMs - dueMs >= 60_000) return formatCountdown(new Date(dueMs), new Date(nowMs), language)
  if (kind === 'at') return language === 'ko' ? '마감' : 'due now'
  return language === 'ko' ? '지금' : 'now'
}

/**
 * One notification for one issue: title "ACME · 총판 엔지니어에게 전화 (15분 남음)", body "what to do —
 * whom to call". Several deadlines at once: the first one's title plus "외 N건", body lists their titles.
 */
export function deadlineAlertText(a: {
  issue: AlertIssueFacts
  kind: DeadlineAlertKind
  steps: AlertStepText[]
  dueMs: number
  nowMs: number
  contacts: Contact[]
  language: Language
  /** Held by a snooze: a passed deadline says how long ago it was due. */
  afterSnooze?: boolean
}): AlertText {
  const lang = a.language
  const [first] = a.steps
  const more = a.steps.length > 1 ? (lang === 'ko' ? ` 외 ${a.steps.length - 1}건` : ` +${a.steps.length - 1} more`) : ''
  const title = `${issueLabel(a.issue)} · ${first.title[lang]}${more} (${whenText(a.kind, a.dueMs, a.nowMs, lang, a.afterSnooze ?? false)})`
  const what = a.steps.length === 1 ? first.detail[lang] : a.steps.map((s) => s.title[lang]).join(' · ')
  const callees = calleesText(a.issue, a.steps.flatMap((s) => s.callRoles), a.contacts, lang)
  return { title, body: callees.length ? `${what} — ${callees.join(' · ')}` : what }
}

export interface MissedItemText {
  issue: Pick<Issue, 'customerName' | 'title'>
  step: Bilingual
  dueMs: number
}

/** The one summary at start of the deadlines that passed while the app was closed. */
export function missedSummaryText(items: MissedItemText[], nowMs: number, language: Language): AlertText {
  const n = items.length
  const shown = items.slice(0, 3).map((i) => `${issueLabel(i.issue)} ${i.step[language]} ${formatKstWhen(new Date(i.dueMs), new Date(nowMs), language)}`)
  const rest = n > 3 ? (language === 'ko' ? ` 외 ${n - 3}건` : ` and ${n - 3} more`) : ''
  return {
    title: language === 'ko' ? `앱이 꺼져 있는 동안 지난 마감 ${n}건` : `${n} deadline${n === 1 ? '' : 's'} passed while the app was closed`,
    body: shown.join(' · ') + rest,
  }
}

/** Basic coverage closing soon: after closing, a Basic case waits for the next opening. `waiting`: each issue once. */
export function closingSoonText(a: { closesAtMs: number; nextOpeningMs: number; waiting: Pick<Issue, 'customerName' | 'title'>[]; nowMs: number; language: Language }): AlertText {
  const left = formatTimeLeft(a.closesAtMs - a.nowMs, a.language)
  const names = a.waiting.slice(0, 3).map(issueLabel).join(', ') + (a.waiting.length > 3 ? (a.language === 'ko' ? ' 외' : ', …') : '')
  const opening = formatKstWhen(new Date(a.nextOpeningMs), new Date(a.nowMs), a.language)
  return a.language === 'ko'
    ? {
        title: `Basic 지원 종료 ${left} 전 (${formatKstTime(new Date(a.closesAtMs))})`,
        body: `첫 응답을 기다리는 Basic 이슈 ${a.waiting.length}건: ${names} — 종료 후에는 다음 업무 시간(${opening})까지 대기합니다.`,
      }
    : {
        title: `Basic support closes in ${left} (${formatKstTime(new Date(a.closesAtMs))} KST)`,
        body: `${a.waiting.length} Basic issue${a.waiting.length === 1 ? '' : 's'} waiting for a first response: ${names} — after closing they wait until the next opening (${opening} KST).`,
      }
}
