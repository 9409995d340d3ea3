import { z } from 'zod'
import { RegionSchema, SeveritySchema, StepIdSchema, TrackSchema } from '../domain'
import {
  AppSettingsSchema,
  ContactInputSchema,
  ContactSchema,
  CustomerInputSchema,
  CustomerSchema,
  InstantSchema,
  IssueCreatedSchema,
  IssueDetailSchema,
  IssueEditableSchema,
  IssueSchema,
  IssueStatusSchema,
  IssueSummarySchema,
  QuickEntrySchema,
  TierSchema,
} from '../model'
import { RegistrationFormSchema } from '../form/registrationForm'
import { MailRecipientsSchema } from '../form/mailDraft'
import { AlertSchema, MissedAlertSchema } from './alerts'
import { SlaExportRequestSchema, SlaReportSchema, SlaRequestSchema } from '../schedule/sla/reportSchema'

const ExportFileNamesSchema = z.object({ docx: z.string(), pdf: z.string(), eml: z.string() })
import type { ChannelName, EventNameList } from './names'

type ChannelSpec = { request: z.ZodType; reply: z.ZodType }

const Id = z.strictObject({ id: z.number().int().positive() })
const IssueRef = z.strictObject({ issueId: z.number().int().positive() })
const Empty = z.strictObject({}).optional().default({})
const Ok = z.object({ ok: z.literal(true) })

/** A time the user may record: omitted when the field was left at "지금", and the core records its own now. */
const RecordedAt = InstantSchema.optional()

const channel = <Req extends z.ZodType, Rep extends z.ZodType>(request: Req, reply: Rep) => ({ request, reply })

/**
 * Every call the renderer can make, once: name → zod request, zod reply.
 * Both transports (Electron IPC and the preview host's HTTP) validate against these.
 */
export const contract = {
  'app.info': channel(
    Empty,
    z.object({ version: z.string(), host: z.enum(['electron', 'web']), dataFile: z.string(), now: InstantSchema }),
  ),
  /** What only the desktop host has: whether the global shortcut is registered (the preview has none) and whether start-at-login works here. */
  'app.desktop': channel(
    Empty,
    z.object({
      shortcut: z.object({ accelerator: z.string(), state: z.enum(['registered', 'taken', 'invalid', 'unavailable']) }),
      startAtLoginSupported: z.boolean(),
    }),
  ),

  /** "+ 새 이슈" in the main window: the host shows its quick-entry window, or answers false and the page opens a dialog. */
  'app.openQuickEntry': channel(Empty, z.object({ openedByHost: z.boolean() })),

  'issues.create': channel(QuickEntrySchema, IssueCreatedSchema),
  'issues.list': channel(
    z
      .strictObject({
        track: TrackSchema.optional(),
        severity: SeveritySchema.optional(),
        status: IssueStatusSchema.optional(),
        query: z.string().max(200).optional(),
        includeClosed: z.boolean().optional(),
        limit: z.number().int().min(1).max(1000).optional(),
      })
      .optional()
      .default({}),
    z.array(IssueSummarySchema),
  ),
  'issues.get': channel(Id, IssueDetailSchema),
  'issues.update': channel(
    z.strictObject({ id: z.number().int().positive(), patch: IssueEditableSchema.partial() }),
    IssueSchema,
  ),
  'issues.openCase': channel(
    z.strictObject({ id: z.number().int().positive(), caseNumber: z.string().trim().min(1, '케이스 번호를 입력하세요').max(50), at: RecordedAt }),
    IssueSchema,
  ),
  'issues.firstResponse': channel(z.strictObject({ id: z.number().int().positive(), at: RecordedAt }), IssueSchema),
  'issues.setTier': channel(z.strictObject({ id: z.number().int().positive(), tier: TierSchema, at: RecordedAt }), IssueSchema),
  'issues.resolve': channel(z.strictObject({ id: z.number().int().positive(), at: RecordedAt }), IssueSchema),
  'issues.reopen': channel(z.strictObject({ id: z.number().int().positive(), at: RecordedAt }), IssueSchema),
  'issues.close': channel(Id, IssueSchema),

  'steps.mark': channel(
    IssueRef.extend({
      stepId: StepIdSchema,
      status: z.enum(['done', 'skipped', 'open']),
      at: RecordedAt,
      note: z.string().max(2000).default(''),
      noFix: z.boolean().default(false),
      serious: z.boolean().default(false),
    }),
    IssueDetailSchema,
  ),
  'timeline.note': channel(IssueRef.extend({ text: z.string().trim().min(1).max(5000) }), Ok),
  'timeline.call': channel(
    IssueRef.extend({ contactId: z.number().int().positive(), stepId: z.string().max(4).optional(), note: z.string().max(2000).optional() }),
    Ok,
  ),
  'timeline.search': channel(IssueRef.extend({ where: z.enum(['forum', 'kb', 'google', 'manual']), query: z.string().max(2000) }), Ok),

  'contacts.list': channel(Empty, z.array(ContactSchema)),
  'contacts.save': channel(ContactInputSchema, ContactSchema),
  'contacts.delete': channel(Id, Ok),
  'customers.list': channel(Empty, z.array(CustomerSchema)),
  'customers.save': channel(CustomerInputSchema, CustomerSchema),
  'customers.delete': channel(Id, Ok),

  'settings.get': channel(Empty, AppSettingsSchema),
  'settings.update': channel(z.strictObject({ settings: AppSettingsSchema }), AppSettingsSchema),
  'settings.history': channel(
    Empty,
    z.array(z.object({ at: InstantSchema, key: z.string(), old: z.unknown(), new: z.unknown() })),
  ),
  'holidays.list': channel(
    z.strictObject({ year: z.number().int().min(2000).max(2100) }),
    z.object({
      year: z.number(),
      status: z.enum(['verified', 'rules-only']),
      /** Where the dates come from: the verified data's sources, or the rules used for a year without data. */
      source: z.string(),
      holidays: z.array(z.object({ date: z.string(), name: z.string() })),
    }),
  ),
  'routing.region': channel(z.strictObject({ at: InstantSchema }), z.object({ region: RegionSchema })),

  'alerts.missed': channel(Empty, z.array(MissedAlertSchema)),
  'alerts.snooze': channel(IssueRef.extend({ minutes: z.union([z.literal(10), z.literal(60)]) }), Ok),

  'backup.now': channel(Empty, z.object({ file: z.string() })),
  'backup.list': channel(Empty, z.array(z.object({ file: z.string(), at: InstantSchema, bytes: z.number() }))),
  'backup.restore': channel(z.strictObject({ file: z.string().min(1).max(500) }), z.object({ keptAside: z.string() })),
  'data.exportJson': channel(Empty, z.object({ json: z.string() })),
  'data.importJson': channel(z.strictObject({ json: z.string().max(200_000_000) }), z.object({ issues: z.number() })),
  /** Electron: main asks where to save (a dialog) and the core streams the file there; null when the dialog was cancelled. */
  'data.exportFile': channel(Empty, z.object({ savedTo: z.string().nullable() })),
  /** Electron: main asks which file to import (a dialog) and the core streams it in; null when the dialog was cancelled. */
  'data.importFile': channel(Empty, z.object({ issues: z.number().nullable() })),
  /** Stops the import under way before anything is applied; false when none runs (or it is already being applied). */
  'data.importCancel': channel(Empty, z.object({ cancelled: z.boolean() })),

  'export.preview': channel(
    IssueRef,
    z.object({ form: RegistrationFormSchema, missing: z.array(z.string()), fileNames: ExportFileNamesSchema, mail: MailRecipientsSchema }),
  ),
  'export.make': channel(
    IssueRef.extend({ form: RegistrationFormSchema }),
    z.object({
      files: z.array(z.object({ name: z.string(), mime: z.string(), base64: z.string() })),
      text: z.string(),
      missing: z.array(z.string()),
      /** Where the host wrote the files (Electron's save dialog); null when the page must download them. */
      savedTo: z.string().nullable(),
    }),
  ),
  'shell.openExternal': channel(z.strictObject({ url: z.string().max(4000) }), z.object({ openedByHost: z.boolean() })),

  'reports.sla': channel(SlaRequestSchema, SlaReportSchema),
  /** The SLA report as a file to send: CSV (UTF-8 with BOM), XLSX or PDF, named 'SLA리포트_<기간>_<작성일>'. */
  'reports.export': channel(
    SlaExportRequestSchema,
    z.object({
      file: z.object({ name: z.string(), mime: z.string(), base64: z.string() }),
      /** Where the host wrote the file (Electron's save dialog); null when the page must download it. */
      savedTo: z.string().nullable(),
    }),
  ),
} as const satisfies Record<ChannelName, ChannelSpec>

export type Contract = typeof contract
export type Channel = keyof Contract
export type RequestOf<C extends Channel> = z.input<Contract[C]['request']>
export type ParsedRequestOf<C extends Channel> = z.output<Contract[C]['request']>
export type ReplyOf<C extends Channel> = z.output<Contract[C]['reply']>
export const channels = Object.keys(contract) as Channel[]

/** Push events: main → renderer. */
export const events = {
  alert: AlertSchema,
  /** Alerts that no longer apply (step done or skipped, issue snoozed or resolved): close their notifications and toasts. */
  alertsWithdrawn: z.object({ keys: z.array(z.string()) }),
  issuesChanged: z.object({ ids: z.array(z.number().int()) }),
  openIssue: z.object({ issueId: z.number().int().positive() }),
  settingsChanged: AppSettingsSchema,
  /** An import under way: bytes read of the total (null when unknown), records staged; 'applying' once the file is read and valid. */
  dataImportProgress: z.object({
    bytesRead: z.number(),
    bytesTotal: z.number().nullable(),
    records: z.number(),
    phase: z.enum(['reading', 'applying']),
  }),
} as const satisfies Record<EventNameList, z.ZodType>
export type Events = typeof events
export type EventName = keyof Events
export type EventOf<E extends EventName> = z.output<Events[E]>
export const eventNames = Object.keys(events) as EventName[]
