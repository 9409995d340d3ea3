// Domain engine bench: `npx tsx bench/domain.ts`, or runDomainBench() from a bench runner.
//
// The peer (dayjs-business-time) works in the process's local time zone. Node applies a change
// of process.env.TZ at run time, so the peer part sets TZ=Asia/Seoul, loads dayjs lazily (after
// the change), and restores the previous TZ when it is done: no re-spawn needed.
import {
  createKoreanCalendar,
  playbook,
  ruleBasedHolidays,
  targetResponseDue,
  type BusinessCalendar,
  type PlaybookInput,
  type Renewal,
  type Severity,
  type Track,
} from '../shared/domain'

const PAIRS = 100_000
const ISSUES = 10_000
const MINUTE = 60_000
const MAX_MINUTES = 48 * 60 // 48 working hours
const FROM = Date.parse('2024-01-01T00:00:00+09:00')
const TO = Date.parse('2028-01-01T00:00:00+09:00')
const YEARS = ['2024', '2025', '2026', '2027']

/** Small seeded PRNG so every run measures the same pairs. */
function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

function makePairs(): { starts: number[]; minutes: number[] } {
  const rnd = mulberry32(20_260_327)
  const starts: number[] = []
  const minutes: number[] = []
  for (let i = 0; i < PAIRS; i++) {
    starts.push(FROM + Math.floor((rnd() * (TO - FROM)) / MINUTE) * MINUTE)
    minutes.push(Math.floor(rnd() * (MAX_MINUTES + 1)))
  }
  return { starts, minutes }
}

/** Best and median of `runs` timings of fn, in ms. */
function time(runs: number, fn: () => void): { best: number; median: number } {
  const t: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    fn()
    t.push(performance.now() - t0)
  }
  t.sort((a, b) => a - b)
  return { best: t[0], median: t[Math.floor(t.length / 2)] }
}

/**
 * Minute-stepping oracle, independent of the engine: holidays straight from the seed package
 * (plus 2028 from the rules engine, for deadlines that spill past 2027), 09:00–18:00 KST Mon–Fri,
 * one minute at a time. A start outside hours moves to the next opening; the result is the end of
 * the last consumed minute, so a deadline landing on 18:00 stays at 18:00.
 */
async function makeOracle(): Promise<(startMs: number, minutes: number) => number> {
  const { getHolidayPreset } = await import('@hyunbinseo/holidays-kr')
  const holidayDays = new Set<number>()
  const addDate = (d: string) => holidayDays.add(Date.parse(`${d}T00:00:00Z`) / 86_400_000)
  for (const y of YEARS) Object.keys(await getHolidayPreset(y)).forEach(addDate)
  Object.keys(ruleBasedHolidays(2028)).forEach(addDate)

  const isOpenMinute = (m: number) => {
    const local = m + 540
    const day = Math.floor(local / 1440)
    const tod = local - day * 1440
    if (tod < 540 || tod >= 1080) return false
    const weekday = (day + 4) % 7
    return weekday !== 0 && weekday !== 6 && !holidayDays.has(day)
  }
  return (startMs, minutes) => {
    let m = startMs / MINUTE
    while (!isOpenMinute(m)) m++
    let left = minutes
    while (left > 0) {
      if (isOpenMinute(m)) left--
      m++
    }
    return m * MINUTE
  }
}

async function peerAddBusinessMinutes(cal: BusinessCalendar, starts: number[], minutes: number[]) {
  const previousTz = process.env.TZ
  process.env.TZ = 'Asia/Seoul'
  try {
    const dayjs = (await import('dayjs')).default
    const businessTime = (await import('dayjs-business-time')).default
    dayjs.extend(businessTime)
    dayjs.setHolidays([...YEARS, '2028'].flatMap((y) => cal.holidays(Number(y)).map((h) => h.date)))
    const day = [{ start: '09:00:00', end: '18:00:00' }]
    dayjs.setBusinessTime({ sunday: null, monday: day, tuesday: day, wednesday: day, thursday: day, friday: day, saturday: null })
    const out = new Array<number>(starts.length)
    const t0 = performance.now()
    for (let i = 0; i < starts.length; i++) out[i] = dayjs(starts[i]).addBusinessMinutes(minutes[i]).valueOf()
    return { ms: performance.now() - t0, out }
  } finally {
    if (previousTz === undefined) delete process.env.TZ
    else process.env.TZ = previousTz
  }
}

function makeIssues(): { issue: PlaybookInput; severity: Severity; renewal: Renewal }[] {
  const rnd = mulberry32(10_000)
  const tracks: Track[] = ['general', 'general', 'general', 'critical', 'sales']
  return Array.from({ length: ISSUES }, () => {
    const loggedAt = new Date(FROM + Math.floor(rnd() * (TO - FROM)))
    const caseOpenedAt = rnd() < 0.6 ? new Date(loggedAt.getTime() + Math.floor(rnd() * 3 * 86_400_000)) : null
    const issue: PlaybookInput = {
      track: tracks[Math.floor(rnd() * tracks.length)],
      loggedAt,
      caseOpenedAt,
      steps: rnd() < 0.3 ? { G3: { status: 'done', at: new Date(loggedAt.getTime() + 3_600_000) } } : {},
    }
    return { issue, severity: (1 + Math.floor(rnd() * 4)) as Severity, renewal: rnd() < 0.5 ? 'basic' : 'production' }
  })
}

export async function runDomainBench(): Promise<void> {
  const cal = createKoreanCalendar()
  const { starts, minutes } = makePairs()
  const dates = starts.map((ms) => new Date(ms))
  const durations = minutes.map((m) => m * MINUTE)
  const ours = new Array<number>(PAIRS)

  const cold = time(1, () => {
    for (let i = 0; i < PAIRS; i++) ours[i] = cal.addBusinessTime(dates[i], durations[i]).getTime()
  })
  const warm = time(7, () => {
    for (let i = 0; i < PAIRS; i++) ours[i] = cal.addBusinessTime(dates[i], durations[i]).getTime()
  })

  const oracle = await makeOracle()
  const t0 = performance.now()
  const expected = starts.map((s, i) => oracle(s, minutes[i]))
  const oracleMs = performance.now() - t0
  const oursDiffs = expected.filter((e, i) => e !== ours[i]).length

  const peer = await peerAddBusinessMinutes(cal, starts, minutes)
  const peerDiffs = expected.filter((e, i) => e !== peer.out[i]).length
  const peerDiffsOutsideHours = expected.filter((e, i) => e !== peer.out[i] && !cal.isOpen(dates[i])).length

  console.log(`addBusinessTime, ${PAIRS.toLocaleString('en')} pairs (2024–2027, duration ≤ 48 working hours, KR holidays)`)
  console.log(`  ours   cold ${cold.best.toFixed(1)} ms · warm best ${warm.best.toFixed(1)} ms · median ${warm.median.toFixed(1)} ms  (goal ≤ 30 ms)`)
  console.log(`  peer   dayjs-business-time ${peer.ms.toFixed(0)} ms (TZ=Asia/Seoul)`)
  console.log(`  ratio  peer / ours (warm median) = ${(peer.ms / warm.median).toFixed(0)}×`)
  console.log(`  oracle minute-stepping ${oracleMs.toFixed(0)} ms; differences: ours ${oursDiffs} (must be 0), peer ${peerDiffs} (${peerDiffsOutsideHours} of them start outside hours)`)

  const issues = makeIssues()
  const now = new Date(TO)
  const recompute = () => {
    for (const { issue, severity, renewal } of issues) {
      playbook(issue, cal, { now })
      targetResponseDue(issue.caseOpenedAt ?? issue.loggedAt, severity, renewal, cal)
    }
  }
  const pb = time(7, recompute)
  console.log(`playbook + targetResponseDue, ${ISSUES.toLocaleString('en')} open issues: best ${pb.best.toFixed(1)} ms · median ${pb.median.toFixed(1)} ms  (goal < 20 ms)`)
  if (oursDiffs !== 0) process.exitCode = 1
}

if (process.argv[1]?.replace(/\\/g, '/').endsWith('bench/domain.ts')) {
  runDomainBench().catch((e) => {
    console.error(e)
    process.exitCode = 1
  })
}
