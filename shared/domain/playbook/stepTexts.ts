import type { PlaybookSettings } from '../settings'
import type { Bilingual, Track } from '../types'
import type { StepId } from './playbookTypes'

export const STEP_TEXTS: Readonly<Record<StepId, { title: Bilingual; detail: Bilingual }>> = {
  G1: {
    title: { ko: '문제 확인', en: 'Identify the problem' },
    detail: {
      ko: '문제를 확인합니다. 설치·구성 문제는 사전 요구 사항 및 제약 사항을 확인합니다.',
      en: 'Identify the problem; for install/config problems confirm the prerequisites and limitations.',
    },
  },
  G2: {
    title: { ko: '자체 트러블슈팅 (1일)', en: 'Self-troubleshoot (1 day)' },
    detail: {
      ko: 'Veeam Forum과 KB에서 유사 사례를 검색합니다. 시간이 허락하면 Forum에 질문합니다.',
      en: 'Search the Veeam Forum and Knowledge Base for similar issues; ask on the Forum when time allows.',
    },
  },
  G3: {
    title: { ko: '총판 엔지니어에게 전화', en: 'Phone the distributor engineer' },
    detail: {
      ko: 'Forum/KB에서 답을 찾지 못하면 총판 엔지니어에게 전화합니다.',
      en: 'No answer in the Forum/KB: phone the distributor engineer.',
    },
  },
  G4: {
    title: { ko: '총판 엔지니어와 트러블슈팅', en: 'Troubleshoot with the distributor' },
    detail: {
      ko: '총판 엔지니어가 사전 요구 사항·제약 사항을 재확인하고 다시 검색합니다. 해결 방안이 없으면 즉시 케이스를 오픈합니다.',
      en: 'The distributor re-checks prerequisites and limitations and searches again; "no fix" means open the case at once.',
    },
  },
  G5: {
    title: { ko: 'Veeam 케이스 오픈', en: 'Open a Veeam support case' },
    detail: {
      ko: '해결되지 않으면 Veeam 글로벌 기술 지원에 케이스를 오픈합니다 (Case Open).',
      en: 'Still unresolved: open a case at Veeam global support.',
    },
  },
  G6: {
    title: { ko: '등록양식 작성·제출', en: 'Send the registration form' },
    detail: {
      ko: 'Escalation Support 번호와 내용을 등록양식에 기입하여 Veeam Korea로 보냅니다.',
      en: 'Fill the Escalation Support (case) number and content into the registration form and send it to Veeam Korea.',
    },
  },
  G7: {
    title: { ko: 'Veeam 엔지니어와 작업 (3일)', en: 'Work with the Veeam engineer (3 days)' },
    detail: {
      ko: 'Veeam 지원 엔지니어와 작업합니다. 해결되지 않으면 총판에 알리고 심각한 문제인지 판단합니다.',
      en: 'Work with the Veeam support engineer; if unresolved, notify the distributor and judge whether it is serious.',
    },
  },
  G8: {
    title: { ko: 'Veeam Korea SE와 협업', en: 'Work with the Veeam Korea SE' },
    detail: {
      ko: '장기 미해결이고 심각한 문제이면 Veeam Korea SE에게 연락하여 함께 작업합니다.',
      en: 'Long unresolved and serious: contact the Veeam Korea SE and work with them.',
    },
  },
  C1: {
    title: { ko: '문제 확인', en: 'Identify the problem' },
    detail: { ko: '문제를 확인합니다.', en: 'Identify the problem.' },
  },
  C2: {
    title: { ko: '즉시 케이스 오픈', en: 'Open a case immediately' },
    detail: {
      ko: 'Veeam 글로벌 기술 지원에 즉시 케이스를 오픈합니다. Sev1이 필요하면 먼저 Veeam Korea SE와 협의합니다.',
      en: 'Open a case at Veeam global support now; consult the Veeam Korea SE first if it needs Sev1.',
    },
  },
  C3: {
    title: { ko: '즉시 등록양식 제출', en: 'Send the registration form now' },
    detail: {
      ko: '케이스 번호와 내용을 등록양식에 기입하여 즉시 Veeam Korea로 보냅니다.',
      en: 'Fill the case number and content into the registration form and send it to Veeam Korea at once.',
    },
  },
  C4: {
    title: { ko: '즉시 트러블슈팅', en: 'Troubleshoot now' },
    detail: {
      ko: '즉시 트러블슈팅하고 Forum/KB를 검색합니다.',
      en: 'Troubleshoot at once and search the Forum/KB.',
    },
  },
  C5: {
    title: { ko: '1시간 내 총판 엔지니어·Veeam SE 전화', en: 'Phone the distributor and Veeam SE within 1 hour' },
    detail: {
      ko: '총판 엔지니어와 Veeam Korea SE에게 1시간 안에 전화합니다.',
      en: 'Phone the distributor engineer and the Veeam Korea SE within one hour.',
    },
  },
  C6: {
    title: { ko: 'Veeam SE와 함께 대응', en: 'Work the issue with the Veeam SE' },
    detail: {
      ko: 'Veeam Korea SE와 함께 이슈를 계속 대응합니다.',
      en: 'Keep working the issue together with the Veeam Korea SE.',
    },
  },
}

/** C5's words follow its setting (one hour by default, per track): "30분 내 …" when set to 30. */
export function c5Texts(minutes: number): { title: Bilingual; detail: Bilingual } {
  const whole = Math.max(1, Math.round(minutes))
  const h = Math.floor(whole / 60)
  const m = whole % 60
  const ko = h && m ? `${h}시간 ${m}분` : h ? `${h}시간` : `${m}분`
  const en = h && m ? `${h} h ${m} min` : h === 1 ? 'one hour' : h ? `${h} hours` : `${m} minutes`
  const enShort = h === 1 && !m ? '1 hour' : en
  return {
    title: { ko: `${ko} 내 총판 엔지니어·Veeam SE 전화`, en: `Phone the distributor and Veeam SE within ${enShort}` },
    detail: {
      ko: `총판 엔지니어와 Veeam Korea SE에게 ${ko} 안에 전화합니다.`,
      en: `Phone the distributor engineer and the Veeam Korea SE within ${en}.`,
    },
  }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/** G2's title follows its setting (business days): "자체 트러블슈팅 (2일)" when set to 2. */
export function g2Texts(businessDays: number): { title: Bilingual; detail: Bilingual } {
  return {
    ...STEP_TEXTS.G2,
    title: { ko: `자체 트러블슈팅 (${businessDays}일)`, en: `Self-troubleshoot (${plural(businessDays, 'day')})` },
  }
}

/** G7's title follows its setting: business days, or calendar days (weekends and holidays included). */
export function g7Texts(days: number, kind: 'business' | 'calendar'): { title: Bilingual; detail: Bilingual } {
  const calendar = kind === 'calendar'
  return {
    ...STEP_TEXTS.G7,
    title: {
      ko: `Veeam 엔지니어와 작업 (${days}일${calendar ? ', 주말 포함' : ''})`,
      en: `Work with the Veeam engineer (${plural(days, calendar ? 'calendar day' : 'day')})`,
    },
  }
}

/** A step's words, as its settings make them (G2's and G7's days, C5's minutes in its track). */
export function stepText(id: StepId, track: Track, settings: PlaybookSettings): { title: Bilingual; detail: Bilingual } {
  if (id === 'G2') return g2Texts(settings.g2SelfTroubleshootBusinessDays)
  if (id === 'G7') return g7Texts(settings.g7VeeamWorkDays, settings.g7DayKind)
  if (id === 'C5') return c5Texts(settings.c5CallWithinMinutes[track === 'sales' ? 'sales' : 'critical'])
  return STEP_TEXTS[id]
}
