import { useTranslation } from 'react-i18next'
import type { Region, RoutingSettings, SeverityTargets } from '../../../shared/domain'
import { Section, Weekdays } from './fields'
import { at, errorOf, type Slice } from './slice'

const SEVERITIES = [1, 2, 3, 4] as const
const REGIONS: Region[] = ['APJ', 'EMEA', 'AMER']

/** Target response hours by renewal (rows) and severity (columns). */
export function TargetsSection({ targets }: { targets: Slice<SeverityTargets> }) {
  const { t } = useTranslation()
  return (
    <Section title={t('set.targets')}>
      <table className="mini-table span2">
        <thead>
          <tr>
            <th />
            {SEVERITIES.map((s) => (
              <th key={s}>Sev{s}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {(['production', 'basic'] as const).map((r) => {
            const row = at(targets, r)
            return (
              <tr key={r}>
                <th>{t(`renewal.${r}`)}</th>
                {SEVERITIES.map((s) => (
                  <td key={s}>
                    <input
                      type="number"
                      min={0.5}
                      step={0.5}
                      aria-label={`${r} Sev${s}`}
                      value={String(row.value[s])}
                      onChange={(e) => at(row, s).onChange(Number(e.target.value))}
                    />
                  </td>
                ))}
              </tr>
            )
          })}
        </tbody>
      </table>
    </Section>
  )
}

/** Each Veeam support region's zone, hours and working days (where a call is routed). */
export function RoutingSection({ routing }: { routing: Slice<RoutingSettings> }) {
  const { t } = useTranslation()
  const error = errorOf(routing)
  return (
    // Wide: a zone such as America/New_York and the seven day buttons need the whole row.
    <Section title={t('set.routing')} wide>
      <table className="mini-table span2">
        <thead>
          <tr>
            <th />
            <th>{t('set.zone')}</th>
            <th>{t('set.open')}</th>
            <th>{t('set.close')}</th>
            <th>{t('set.days')}</th>
          </tr>
        </thead>
        <tbody>
          {REGIONS.map((r) => {
            const region = at(routing, r)
            const hours = region.value
            const set = (patch: Partial<typeof hours>) => region.onChange({ ...hours, ...patch })
            return (
              <tr key={r}>
                <th>{r}</th>
                <td>
                  <input className="zone" aria-label={`${r} ${t('set.zone')}`} value={hours.zone} onChange={(e) => set({ zone: e.target.value })} />
                </td>
                <td>
                  <input type="time" aria-label={`${r} ${t('set.open')}`} value={hours.open} onChange={(e) => set({ open: e.target.value })} />
                </td>
                <td>
                  <input type="time" aria-label={`${r} ${t('set.close')}`} value={hours.close} onChange={(e) => set({ close: e.target.value })} />
                </td>
                <td>
                  <Weekdays value={hours.days} onChange={(days) => set({ days })} />
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      {error && <span className="field-error span2">{error}</span>}
    </Section>
  )
}
