/** date 'YYYY-MM-DD' (KST) → official Korean name(s) of the holiday(s) on that day. */
export type HolidayTable = Readonly<Record<string, readonly string[]>>

export type HolidayDataStatus = 'verified' | 'rules-only'

export interface Holiday {
  date: string
  name: string
}
