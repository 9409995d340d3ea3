import { useMemo, useSyncExternalStore } from 'react'

export type Route = { name: 'dashboard' } | { name: 'issue'; id: number } | { name: 'settings'; section?: string } | { name: 'reports' }

/** Hash routes of the main window: #/ · #/issue/12 · #/settings · #/settings/setup · #/reports */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '')
  const issue = /^\/issue\/(\d+)/.exec(path)
  if (issue) return { name: 'issue', id: Number(issue[1]) }
  const settings = /^\/settings(?:\/(\w+))?/.exec(path)
  if (settings) return { name: 'settings', section: settings[1] }
  if (path.startsWith('/reports')) return { name: 'reports' }
  return { name: 'dashboard' }
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}
const hashNow = () => location.hash

/** The current route; a hash set before the first effect ran (a link opened from outside) is not missed. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, hashNow, hashNow)
  return useMemo(() => parseRoute(hash), [hash])
}

export const go = (hash: string) => {
  location.hash = hash
}
