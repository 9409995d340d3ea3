/** Read and immutably write a dotted path ("domain.calendar.open") of a plain settings object. */
export function getIn(obj: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), obj)
}

export function setIn<T>(obj: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split('.')
  const current = (obj ?? {}) as Record<string, unknown>
  return { ...current, [head]: rest.length ? setIn(current[head], rest.join('.'), value) : value } as T
}
