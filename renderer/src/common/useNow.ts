import { useEffect, useState } from 'react'
import { hostNow } from '../../api/hostClock'

/** The current instant, refreshed every `intervalMs` (the dashboard's clocks tick each second). */
export function useNow(intervalMs = 1000): Date {
  const [now, setNow] = useState(hostNow)
  useEffect(() => {
    const id = setInterval(() => setNow(hostNow()), intervalMs)
    return () => clearInterval(id)
  }, [intervalMs])
  return now
}
