import { z } from 'zod'
import { RenewalSchema } from '../domain'
import { CUSTOMER_STATUSES } from './customerStatus'

export const CustomerStatusSchema = z.enum(CUSTOMER_STATUSES)


const text = (max: number) => z.string().trim().max(max)

export const CustomerInputSchema = z.strictObject({
  id: z.number().int().positive().optional(),
  name: text(200).min(1, '고객사 이름을 입력하세요'),
  status: CustomerStatusSchema.default('operating'),
  renewal: RenewalSchema,
  product: text(200).default('Veeam Backup & Replication'),
  version: text(100).default(''),
  distributorContactId: z.number().int().positive().nullable().default(null),
  seContactId: z.number().int().positive().nullable().default(null),
})
export type CustomerInput = z.input<typeof CustomerInputSchema>

export const CustomerSchema = CustomerInputSchema.extend({ id: z.number().int().positive() })
export type Customer = z.infer<typeof CustomerSchema>
