import { describe, expect, it } from 'vitest'
import { instantMs, isoInstant } from '../../../shared/domain/time/isoInstant'
import { instantWalk } from '../instantWalk'

describe('isoInstant formats epoch ms exactly as toISOString', () => {
  it('across leap days, month and year ends, the epoch, and years 0000–9999', () => {
    const edges = [
      0, -1, 1, Date.UTC(2024, 1, 29, 23, 59, 59, 999), Date.UTC(2000, 1, 29), Date.UTC(1900, 2, 1), Date.UTC(2100, 1, 28, 12),
      Date.UTC(2026, 11, 31, 23, 59, 59, 999), Date.UTC(2027, 0, 1), -62_167_219_200_000, Date.UTC(9999, 11, 31, 23, 59, 59, 999), Date.UTC(999, 0, 1),
    ]
    for (const ms of edges) expect(isoInstant(ms)).toBe(new Date(ms).toISOString())
  })

  it('for 100,000 instants spread over 1900–2200 (a fixed pseudo-random walk)', () => {
    const end = Date.UTC(2200, 0, 1)
    let checked = 0
    for (const ms of instantWalk(12345, 100_000, 200_000_000)) {
      expect(isoInstant(ms)).toBe(new Date(ms).toISOString())
      checked++
      if (ms >= end) break
    }
    expect(checked).toBeGreaterThan(40_000)
  })

  it('outside 0000–9999 and for non-integers it is toISOString itself', () => {
    expect(isoInstant(Date.UTC(10000, 0, 1))).toBe('+010000-01-01T00:00:00.000Z')
    expect(isoInstant(1.5)).toBe(new Date(1.5).toISOString())
    expect(() => isoInstant(Number.NaN)).toThrow(RangeError)
  })
})

describe('instantMs reads ISO instants exactly as Date.parse', () => {
  it('the canonical form, over 100,000 instants of 1900–2200 and the edges', () => {
    for (const ms of instantWalk(777, 100_000)) {
      const text = new Date(ms).toISOString()
      expect(instantMs(text)).toBe(Date.parse(text))
    }
    for (const text of ['0000-01-01T00:00:00.000Z', '9999-12-31T23:59:59.999Z', '2024-02-29T23:59:59.999Z', '1970-01-01T00:00:00.000Z']) {
      expect(instantMs(text)).toBe(Date.parse(text))
    }
  })

  it('anything else is left to Date.parse: other forms, impossible dates, garbage', () => {
    for (const text of ['2026-11-25T10:00:00+09:00', '2026-11-25T01:00:00Z', '2026-02-29T00:00:00.000Z', '2026-13-01T00:00:00.000Z', '2026-11-25T24:00:00.000Z', 'x', '']) {
      expect(instantMs(text)).toBe(Date.parse(text))
    }
  })
})
