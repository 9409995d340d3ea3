import { useEffect, useState } from 'react'

/** The current instant, refreshed every `intervalMs` (the dashboard's clocks tick each second). */
export function useNow(intervalMs = 1000): Date {
  const [now, setNow] = useState(() => new Date())
  useEffect(() => {
    const id = setInterval(() => setNow(new Date()), intervalMs)
    return () => clearInterval(id)
  }, [intervalMs])
  return now
}
