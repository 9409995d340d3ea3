import { useEffect, useState } from 'react'

export type Route = { name: 'dashboard' } | { name: 'issue'; id: number } | { name: 'settings'; section?: string }

/** Hash routes of the main window: #/ · #/issue/12 · #/settings · #/settings/setup */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '')
  const issue = /^\/issue\/(\d+)/.exec(path)
  if (issue) return { name: 'issue', id: Number(issue[1]) }
  const settings = /^\/settings(?:\/(\w+))?/.exec(path)
  if (settings) return { name: 'settings', section: settings[1] }
  return { name: 'dashboard' }
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash))
  useEffect(() => {
    const on = () => setRoute(parseRoute(location.hash))
    window.addEventListener('hashchange', on)
    return () => window.removeEventListener('hashchange', on)
  }, [])
  return route
}

export const go = (hash: string) => {
  location.hash = hash
}
