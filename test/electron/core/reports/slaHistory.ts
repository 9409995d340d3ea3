import { testCore } from '../testCore'

/** KST wall time → ISO instant (KST is UTC+9, no DST). */
export const kst = (local: string): string => new Date(`${local}:00+09:00`).toISOString()

/**
 * The fixed history of the SLA report tests, written through the public channels on the test
 * clock, each action at its own moment (times entered = the moment, except where a case open is
 * recorded after the fact). The report's "now" is Monday 2026-11-30 11:00 KST.
 */
export async function buildSlaHistory(dir?: string) {
  const t = testCore(kst('2026-09-01 09:00'), dir)
  const { call, clock } = t
  const at = (local: string) => {
    clock.set(kst(local))
    return kst(local)
  }
  const se = await call('contacts.save', { name: '이SE', role: 'veeamSe', phone: '010-3333-4444' })
  const acme = await call('customers.save', { name: 'ACME', status: 'operating', renewal: 'basic', product: 'VBR', version: '12' })
  const hanbit = await call('customers.save', { name: '한빛전자', status: 'operating', renewal: 'production', product: 'VBR', version: '12' })
  const open = async (title: string, customerId: number, track: 'general' | 'critical', severity: 2 | 3 | 4, loggedAt: string) => {
    at(loggedAt)
    return (await call('issues.create', { title, track, customerId, severity, problemType: 'backup' })).id
  }
  const caseOpen = (id: number, local: string) => call('issues.openCase', { id, caseNumber: `0771${id}`, at: at(local) })
  const respond = (id: number, local: string) => call('issues.firstResponse', { id, at: at(local) })

  // F — a holiday week: Basic Sev2 (8 business hours) opened Wed 2026-09-23 17:00 before 추석
  // (24–26 Sep): 1 h that day, then Monday from 09:00 → due Mon 16:00; answered Mon 15:00: met.
  const holiday = await open('추석 전 백업 실패', acme.id, 'general', 2, '2026-09-23 16:50')
  await caseOpen(holiday, '2026-09-23 17:00')
  await respond(holiday, '2026-09-28 15:00')

  // A — Basic Sev2 opened Friday 17:30, answered Monday 09:59: 30 min + 59 min of business time, met.
  const basicFriday = await open('금요일 저녁 복구 실패', acme.id, 'general', 2, '2026-11-06 17:20')
  await caseOpen(basicFriday, '2026-11-06 17:30')
  // A′ — the same times on Production (3 wall-clock hours): breached.
  const prodFriday = await open('금요일 저녁 복제 중단', hanbit.id, 'general', 2, '2026-11-06 17:25')
  await caseOpen(prodFriday, '2026-11-06 17:30')
  await respond(basicFriday, '2026-11-09 09:59')
  await respond(prodFriday, '2026-11-09 09:59')

  // C — critical, opened as Sev2 at 10:00, raised to Sev1 at 11:30 after consulting the SE,
  // answered 12:00: 30 min after the raise, within Sev1's hour (not a breach of 11:00).
  const raised = await open('운영 DB 서버 중단', hanbit.id, 'critical', 2, '2026-11-10 09:55')
  await caseOpen(raised, '2026-11-10 10:00')
  at('2026-11-10 10:20')
  await call('steps.mark', { issueId: raised, stepId: 'C4', status: 'done', at: kst('2026-11-10 10:20') })
  at('2026-11-10 10:56')
  await call('steps.mark', { issueId: raised, stepId: 'C5', status: 'skipped', at: kst('2026-11-10 10:56'), note: 'SE가 이미 현장에 있음' })
  at('2026-11-10 11:30')
  await call('issues.update', { id: raised, patch: { severity: 1, sev1ConsultedSeId: se.id } })
  await respond(raised, '2026-11-10 12:00')

  // D — reopened: Production Sev3 (6 h). Cycle 1 answered after 1 h (met); reopened Fri 09:00,
  // cycle 2 answered after 7 h (breached). Two cycles, each its own outcome.
  const reopened = await open('증분 백업 반복 실패', hanbit.id, 'general', 3, '2026-11-11 08:50')
  await caseOpen(reopened, '2026-11-11 09:00')
  await respond(reopened, '2026-11-11 10:00')
  await call('issues.resolve', { id: reopened, at: at('2026-11-12 10:00') })
  await call('issues.reopen', { id: reopened, at: at('2026-11-13 09:00') })
  await respond(reopened, '2026-11-13 16:00')

  // E — resolved with no response recorded: Basic Sev3, its own bucket, not a breach.
  const unanswered = await open('설치 오류', acme.id, 'general', 3, '2026-11-16 09:50')
  await caseOpen(unanswered, '2026-11-16 10:00')
  await call('issues.resolve', { id: unanswered, at: at('2026-11-16 15:00') })

  // S — critical with no case open (steps counted by its logging): C4 done in 5 min, the form
  // exported after 10 min (C3 on time within the 15-minute tolerance), C5 called within the hour, C2 open.
  const noCase = await open('검수 전 고객 백업 중단', acme.id, 'critical', 2, '2026-11-20 10:00')
  at('2026-11-20 10:05')
  await call('steps.mark', { issueId: noCase, stepId: 'C4', status: 'done', at: kst('2026-11-20 10:05') })
  at('2026-11-20 10:10')
  const { form } = await call('export.preview', { issueId: noCase })
  await call('export.make', { issueId: noCase, form })
  at('2026-11-20 10:50')
  await call('steps.mark', { issueId: noCase, stepId: 'C5', status: 'done', at: kst('2026-11-20 10:50') })

  // B — Basic Sev4 opened Monday 09:10 and not answered at 11:00: pending.
  const pending = await open('라이선스 문의', acme.id, 'general', 4, '2026-11-30 09:05')
  await caseOpen(pending, '2026-11-30 09:10')

  at('2026-11-30 11:00')
  return { ...t, ids: { holiday, basicFriday, prodFriday, raised, reopened, unanswered, noCase, pending } }
}
