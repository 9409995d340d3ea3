import { z } from 'zod'
import { ProblemTypeSchema, RegionSchema, RenewalSchema, SeveritySchema, TrackSchema, type Bilingual } from '../domain'
import { CustomerStatusSchema } from './customer'
import { InstantSchema } from './instant'

export const IssueStatusSchema = z.enum(['new', 'caseOpen', 'responded', 'resolved', 'closed'])
export type IssueStatus = z.infer<typeof IssueStatusSchema>

export const TierSchema = z.union([z.literal(1), z.literal(2), z.literal(3)])
export type Tier = z.infer<typeof TierSchema>

const id = z.number().int().positive()
const longText = z.string().max(20_000)

/** Fields the user may edit on an open issue; every change is a timeline event. */
export const IssueEditableSchema = z.strictObject({
  title: z.string().trim().min(1, '제목을 입력하세요').max(300),
  track: TrackSchema,
  problemType: ProblemTypeSchema,
  customerId: id.nullable(),
  customerName: z.string().trim().max(200),
  customerStatus: CustomerStatusSchema,
  product: z.string().trim().max(200),
  version: z.string().trim().max(100),
  renewal: RenewalSchema,
  severity: SeveritySchema,
  sev1ConsultedSeId: id.nullable(),
  sev1ConsultedAt: InstantSchema.nullable(),
  symptoms: longText,
  errorMessage: longText,
  businessImpact: longText,
  requestToVeeam: longText,
  prereqCheckedPartner: z.boolean(),
  prereqCheckedDistributor: z.boolean(),
  qaDevInvolved: z.boolean(),
  distributorContactId: id.nullable(),
  seContactId: id.nullable(),
  firstOccurredAt: InstantSchema,
})
export type IssueEditable = z.infer<typeof IssueEditableSchema>

export const IssueSchema = IssueEditableSchema.extend({
  id,
  status: IssueStatusSchema,
  caseNumber: z.string().nullable(),
  routedRegion: RegionSchema.nullable(),
  tier: TierSchema,
  loggedAt: InstantSchema,
  caseOpenedAt: InstantSchema.nullable(),
  firstResponseAt: InstantSchema.nullable(),
  resolvedAt: InstantSchema.nullable(),
  reopenedAt: InstantSchema.nullable(),
  /** A severity change while the target clock ran (case open, no first response): it restarts that clock. */
  severityChangedAt: InstantSchema.nullable().default(null),
  updatedAt: InstantSchema,
})
export type Issue = z.infer<typeof IssueSchema>

/** What the quick-entry window sends. `loggedAt` is the moment of saving, set by the core. */
export const QuickEntrySchema = z.strictObject({
  title: IssueEditableSchema.shape.title,
  track: TrackSchema,
  customerId: id.nullable().default(null),
  customerName: z.string().trim().max(200).default(''),
  /** Omitted: the known customer's status, else 운영 중. */
  customerStatus: CustomerStatusSchema.optional(),
  renewal: RenewalSchema.optional(),
  problemType: ProblemTypeSchema.default('other'),
  severity: SeveritySchema.optional(),
  sev1ConsultedSeId: id.nullable().default(null),
  sev1ConsultedAt: InstantSchema.nullable().default(null),
  errorMessage: longText.default(''),
  firstOccurredAt: InstantSchema.nullable().default(null),
  /** A case number typed in the line: the case is recorded as opened at logging. */
  caseNumber: z.string().regex(/^\d{8}$/, '케이스 번호는 숫자 8자리입니다').nullable().default(null),
})
export type QuickEntry = z.input<typeof QuickEntrySchema>
/** A quick entry as the boundary parsed it (defaults filled in). */
export type ParsedQuickEntry = z.output<typeof QuickEntrySchema>

/** Why Sev1 is refused without a consulted Veeam Korea SE (the core's rule error, in both languages). */
export const SEV1_NEEDS_SE: Bilingual = {
  ko: 'Sev1은 Veeam Korea SE와 사전 협의 후 설정합니다 — 지금은 Sev2로 등록하고 협의 후 올리세요',
  en: 'Sev1 is set only after consulting a Veeam Korea SE — log it as Sev2 for now and raise it once you have consulted',
}
export const SEV1_NEEDS_SE_MESSAGE = SEV1_NEEDS_SE.ko

/** Statuses whose clocks run: resolved stops them, closed archives. */
export const OPEN_STATUSES = ['new', 'caseOpen', 'responded'] as const satisfies readonly IssueStatus[]
export const isOpenStatus = (s: IssueStatus): boolean => (OPEN_STATUSES as readonly IssueStatus[]).includes(s)
