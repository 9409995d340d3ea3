/**
 * The channel and event names alone, without their schemas: the sandboxed preload needs only
 * these and must stay small. contract.ts checks that it defines exactly these names.
 */
export const CHANNEL_NAMES = [
  'app.info',
  'app.openQuickEntry',
  'app.desktop',
  'issues.create',
  'issues.list',
  'issues.get',
  'issues.update',
  'issues.openCase',
  'issues.firstResponse',
  'issues.setTier',
  'issues.resolve',
  'issues.reopen',
  'issues.close',
  'steps.mark',
  'timeline.note',
  'timeline.call',
  'timeline.search',
  'contacts.list',
  'contacts.save',
  'contacts.delete',
  'customers.list',
  'customers.save',
  'customers.delete',
  'settings.get',
  'settings.update',
  'settings.history',
  'holidays.list',
  'routing.region',
  'alerts.missed',
  'alerts.snooze',
  'backup.now',
  'backup.list',
  'backup.restore',
  'data.exportJson',
  'data.importJson',
  'data.exportFile',
  'data.importFile',
  'data.importCancel',
  'export.preview',
  'export.make',
  'shell.openExternal',
  'reports.sla',
  'reports.export',
] as const
export type ChannelName = (typeof CHANNEL_NAMES)[number]

export const EVENT_NAMES = ['alert', 'alertsWithdrawn', 'issuesChanged', 'openIssue', 'settingsChanged', 'dataImportProgress'] as const
export type EventNameList = (typeof EVENT_NAMES)[number]

export const invokeChannel = (name: string): string => `api:${name}`
export const eventChannel = (name: string): string => `event:${name}`

/** The preview host's clock frame on the event stream, and its test-only channel (see hostClock.ts). */
export const HOST_CLOCK_EVENT = 'hostClock'
export const TEST_CLOCK_CHANNEL = 'test.clock'
