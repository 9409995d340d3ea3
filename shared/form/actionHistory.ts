import type { Contact, TimelineEvent } from '../model'
import { formatKstDateTime } from './kst'
import { ROLE_KO, labelOf } from './labels'

/** Short Korean names of the playbook steps (spec §3, §4), for "단계 완료" lines. */
const STEP_KO: Record<string, string> = {
  G1: '문제 확인',
  G2: '자체 트러블슈팅 및 Forum/KB 검색',
  G3: '총판 엔지니어 전화 문의',
  G4: '총판 엔지니어와 공동 트러블슈팅',
  G5: 'Veeam 글로벌 기술 지원 케이스 오픈',
  G6: '등록양식 작성 및 Veeam Korea 제출',
  G7: 'Veeam 지원 엔지니어와 3일간 대응',
  G8: 'Veeam Korea SE와 공동 대응',
  C1: '문제 확인',
  C2: '즉시 케이스 오픈',
  C3: '즉시 등록양식 제출',
  C4: '즉시 트러블슈팅 및 Forum/KB 검색',
  C5: '1시간 내 총판 엔지니어·Veeam SE 전화',
  C6: 'Veeam SE와 공동 대응',
}

const SEARCH_SITE_KO: Record<string, string> = {
  forum: 'Veeam Community Forums',
  forums: 'Veeam Community Forums',
  kb: 'Veeam Knowledge Base',
  knowledgebase: 'Veeam Knowledge Base',
  manual: 'Veeam 온라인 매뉴얼',
  docs: 'Veeam 온라인 매뉴얼',
  google: 'Google',
}

type Data = Record<string, unknown>

/** The first non-empty string (or number) among `keys` of a timeline event's free-form data. */
function pick(data: Data, ...keys: string[]): string {
  for (const k of keys) {
    const v = data[k]
    if (typeof v === 'string' && v.trim() !== '') return v.trim()
    if (typeof v === 'number' && Number.isFinite(v)) return String(v)
  }
  return ''
}

const join = (...parts: string[]): string => parts.filter(Boolean).join(' ')
const paren = (s: string): string => (s ? `(${s})` : '')
const dash = (s: string): string => (s ? `— ${s}` : '')
const quoted = (s: string): string => (s ? `“${s}”` : '')

function contactOf(data: Data, contacts: Contact[]): { name: string; detail: string } {
  const id = Number(data.contactId)
  const c = Number.isInteger(id) ? contacts.find((x) => x.id === id) : undefined
  const name = pick(data, 'contactName', 'name', 'who') || c?.name || ''
  const role = labelOf(ROLE_KO, pick(data, 'role') || c?.role || '')
  const company = pick(data, 'company') || c?.company || ''
  const phone = pick(data, 'phone') || c?.phone || ''
  return { name, detail: [company, role, phone].filter(Boolean).join(', ') }
}

const tierText = (v: string): string => (v === '' ? '' : /^\d$/.test(v) ? `Tier ${v}` : v)

/** One line of "지금까지 조치 내역", or null for events that are bookkeeping, not actions. */
export function describeAction(e: TimelineEvent, contacts: Contact[]): string | null {
  const d = (e.data ?? {}) as Data
  const note = pick(d, 'note', 'text', 'summary', 'result')
  switch (e.kind) {
    case 'created':
      return join('이슈 등록', dash(pick(d, 'title')))
    case 'search': {
      const site = labelOf(SEARCH_SITE_KO, pick(d, 'site', 'resource', 'source', 'engine'))
      return join(`${site || '자료'} 검색`, quoted(pick(d, 'query', 'q', 'errorMessage')), dash(note))
    }
    case 'call': {
      const who = contactOf(d, contacts)
      return join('전화 문의:', who.name || '(상대 미기록)', paren(who.detail), dash(note))
    }
    case 'caseOpened': {
      const num = pick(d, 'caseNumber', 'number')
      const region = pick(d, 'region', 'routedRegion')
      return join('Veeam 글로벌 기술 지원 케이스 오픈', num ? `#${num}` : '', region ? `(예상 배정 ${region})` : '', dash(note))
    }
    case 'firstResponse':
      return join('Veeam 지원 엔지니어 최초 응답', dash(note))
    case 'tierChanged': {
      const from = tierText(pick(d, 'from', 'old', 'previous'))
      const to = tierText(pick(d, 'to', 'new', 'tier'))
      const qa = d.qaDevInvolved === true ? ' · QA/DEV 참여' : ''
      return join('지원 Tier 변경', from && to ? `${from} → ${to}${qa}` : `${to}${qa}`, dash(note))
    }
    case 'sev1Consulted': {
      const who = contactOf(d, contacts)
      return join('Sev1 사전 협의:', who.name || 'Veeam Korea SE', paren(who.detail), dash(note))
    }
    case 'stepDone': {
      const step = pick(d, 'stepId', 'step')
      return join('단계 완료:', STEP_KO[step] ?? step, d.noFix === true ? '(해결 방안 없음)' : '', dash(note))
    }
    case 'stepSkipped': {
      const step = pick(d, 'stepId', 'step')
      return join('단계 생략:', STEP_KO[step] ?? step, dash(pick(d, 'reason') || note))
    }
    case 'fieldChanged': {
      if (pick(d, 'field') !== 'severity') return null
      const sev = (v: string): string => (v ? `Sev${v.replace(/\D/g, '')}` : '')
      return join('Severity 변경', `${sev(pick(d, 'old', 'from'))} → ${sev(pick(d, 'new', 'to'))}`, dash(note))
    }
    case 'resolved':
      return join('해결', dash(note))
    case 'reopened':
      return join('재오픈', dash(note))
    case 'closed':
      return join('종료', dash(note))
    case 'note':
      return note ? `메모: ${note}` : null
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
      const line = describeAction(e, contacts)
      return line ? [`${formatKstDateTime(e.at)}  ${line}`] : []
    })
    .join('\n')
}
