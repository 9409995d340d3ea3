import { STEP_TEXTS, type Role, type StepId } from '../domain'
import type { Contact, SearchSite, TimelineEvent, TypedTimelineEvent } from '../model'
import { formatKstDateTime } from './kst'
import { ROLE_KO } from './labels'

const SEARCH_SITE_KO: Record<SearchSite, string> = {
  forum: 'Veeam Community Forums',
  kb: 'Veeam Knowledge Base',
  manual: 'Veeam 온라인 매뉴얼',
  google: 'Google',
}

const stepTitle = (id: string): string => STEP_TEXTS[id as StepId]?.title.ko ?? id
const join = (...parts: string[]): string => parts.filter(Boolean).join(' ')
const paren = (s: string): string => (s ? `(${s})` : '')
const dash = (s: string): string => (s ? `— ${s}` : '')
const quoted = (s: string): string => (s ? `“${s}”` : '')

function contactDetail(contactId: number | undefined, contacts: Contact[], role?: Role, phone?: string): string {
  const c = contacts.find((x) => x.id === contactId)
  return [c?.company ?? '', ROLE_KO[role ?? c?.role ?? 'partner'], phone || c?.phone || ''].filter(Boolean).join(', ')
}

/** One line of "지금까지 조치 내역", or null for events that are bookkeeping, not actions. */
export function describeAction(e: TypedTimelineEvent, contacts: Contact[]): string | null {
  switch (e.kind) {
    case 'created':
      return join('이슈 등록', dash(e.data.title))
    case 'search':
      return join(`${SEARCH_SITE_KO[e.data.where] ?? e.data.where} 검색`, quoted(e.data.query))
    case 'call':
      return join('전화 문의:', e.data.name, paren(contactDetail(e.data.contactId, contacts, e.data.role, e.data.phone)), dash(e.data.note ?? ''))
    case 'caseOpened':
      return join('Veeam 글로벌 기술 지원 케이스 오픈', `#${e.data.caseNumber}`, `(예상 배정 ${e.data.region})`)
    case 'firstResponse':
      return 'Veeam 지원 엔지니어 최초 응답'
    case 'tierChanged':
      return join('지원 Tier 변경', `Tier ${e.data.old} → Tier ${e.data.new}`)
    case 'sev1Consulted':
      return join('Sev1 사전 협의:', e.data.seName ?? 'Veeam Korea SE', paren(contactDetail(e.data.seId, contacts, 'veeamSe')))
    case 'stepDone':
      return join('단계 완료:', stepTitle(e.data.stepId), e.data.noFix ? '(해결 방안 없음)' : '', dash(e.data.note))
    case 'stepSkipped':
      return join('단계 생략:', stepTitle(e.data.stepId), dash(e.data.note))
    case 'fieldChanged':
      if (e.data.field === 'severity') return `Severity 변경 Sev${String(e.data.old)} → Sev${String(e.data.new)}`
      if (e.data.field === 'qaDevInvolved') return e.data.new ? 'QA/DEV 참여' : 'QA/DEV 참여 종료'
      return null
    case 'resolved':
      return '해결'
    case 'reopened':
      return '재오픈'
    case 'closed':
      return '종료'
    case 'note':
      return `메모: ${e.data.text}`
    default:
      // exportMade, deadlineMissed, snoozed, stepReopened: the app's own bookkeeping.
      return null
  }
}

/** "지금까지 조치 내역": one dated line per action, oldest first. */
export function actionHistoryText(timeline: TimelineEvent[], contacts: Contact[]): string {
  return [...timeline]
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.id - b.id)
    .flatMap((e) => {
      const line = describeAction(e as TypedTimelineEvent, contacts)
      return line ? [`${formatKstDateTime(e.at)}  ${line}`] : []
    })
    .join('\n')
}
