import { z } from 'zod'

/**
 * The preview host's clock, outside the contract (Electron has neither): the event stream tells the
 * page the host's now (at connect and after every test-clock move) in a `hostClock` frame, and a host
 * started with `--now <ISO>` accepts `POST /api/test.clock` to set or step its clock (tests only).
 */
export const HOST_CLOCK_EVENT = 'hostClock'
export const TEST_CLOCK_CHANNEL = 'test.clock'

export const HostClockFrameSchema = z.object({ now: z.iso.datetime({ offset: true }) })

/** A move: jump to `setTo` (an ISO instant with offset), then step by `advanceMs` (may be negative). */
export const TestClockMoveSchema = z
  .strictObject({
    setTo: z.iso.datetime({ offset: true }).optional(),
    advanceMs: z.number().int().min(-366 * 86_400_000).max(366 * 86_400_000).optional(),
  })
  .refine((m) => m.setTo !== undefined || m.advanceMs !== undefined, 'setTo 또는 advanceMs가 필요합니다')
