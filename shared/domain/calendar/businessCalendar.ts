import type { Holiday, HolidayDataStatus } from '../holidays/holidayTypes'

/** Business hours in one zone with holidays; every method takes the instant it reasons about. */
export interface BusinessCalendar {
  /** Length of one business day (close − open), e.g. 9 h: the unit of "영업일" durations. */
  readonly businessDayMs: number
  /** Public holidays of a year (after the user's added/removed dates), sorted by date. */
  holidays(year: number): Holiday[]
  /** 'verified' when shipped, checked data covers the year; otherwise holidays come from rules only. */
  holidayDataStatus(year: number): HolidayDataStatus
  /** 'YYYY-MM-DD' (KST): a weekday that is not a holiday (or holidays count as business days). */
  isBusinessDay(date: string): boolean
  /** Open in [open, close) of a business day. */
  isOpen(t: Date): boolean
  /** `t` itself when open, else the next opening. */
  nextOpening(t: Date): Date
  /**
   * Consumes `ms` of open time from `start`. A start outside hours begins at the next opening,
   * so `addBusinessTime(closedInstant, 0)` is the next opening; a result landing exactly on a
   * closing time stays at that closing time.
   */
  addBusinessTime(start: Date, ms: number): Date
  /** The same on epoch milliseconds (the clock's recompute of every open issue makes no Date). */
  addBusinessMs(startMs: number, ms: number): number
  /** Milliseconds of open time in [a, b); 0 when b ≤ a. */
  businessTimeBetween(a: Date, b: Date): number
  /**
   * Coverage at `t`. When open: ms left until today's closing, the closing instant, and the
   * opening after that closing. When closed: 0, null, and the next opening.
   */
  coverageLeft(t: Date): { open: boolean; msLeftToday: number; closesAt: Date | null; nextOpening: Date }
}
