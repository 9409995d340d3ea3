import { formatKstDate as kstDate, formatKstTime } from '../format/kst'

/** Dates on the registration form: '' for an instant that is missing or invalid (always written in KST). */
const valid = (at: Date | string | null | undefined): at is Date | string => at != null && !Number.isNaN(new Date(at).getTime())

/** 'YYYY-MM-DD' in KST, or ''. */
export const formatKstDate = (at: Date | string | null | undefined): string => (valid(at) ? kstDate(at) : '')

/** 'YYYY-MM-DD HH:mm (KST)', or ''. */
export const formatKstDateTime = (at: Date | string | null | undefined): string => (valid(at) ? `${kstDate(at)} ${formatKstTime(at)} (KST)` : '')
