import { useCallback, useEffect, useRef, useState } from 'react'
import { api, call } from '../../api'
import type { Channel, EventName, ReplyOf, RequestOf } from '../../../shared/ipc/contract'
import { errorText } from './errors'

/**
 * One call's reply as state: fetched on mount and whenever `request` changes (compared by value)
 * or one of the `refreshOn` push events arrives. A failed call leaves the last reply and says why
 * in `error` — nothing is swallowed.
 */
export function useChannel<C extends Channel>(channel: C, request: RequestOf<C>, options: { refreshOn?: EventName[] } = {}) {
  const [data, setData] = useState<ReplyOf<C> | null>(null)
  const [error, setError] = useState('')
  const key = JSON.stringify(request)
  const refreshOn = (options.refreshOn ?? []).join(',')
  const latest = useRef(0)

  const reload = useCallback(async () => {
    const n = ++latest.current
    try {
      const reply = await call(channel, JSON.parse(key) as RequestOf<C>)
      if (n === latest.current) {
        setData(reply)
        setError('')
      }
    } catch (e) {
      if (n === latest.current) setError(errorText(e))
    }
  }, [channel, key])

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- fetching: state is set after the reply arrives
    void reload()
    const offs = refreshOn ? refreshOn.split(',').map((event) => api.on(event as EventName, () => void reload())) : []
    return () => offs.forEach((off) => off())
  }, [reload, refreshOn])

  return { data, error, reload }
}
