import { z } from 'zod'
import { RoleSchema } from '../domain'

const text = (max: number) => z.string().trim().max(max)

export const ContactInputSchema = z.strictObject({
  id: z.number().int().positive().optional(),
  name: text(100).min(1, '이름을 입력하세요'),
  role: RoleSchema,
  company: text(200).default(''),
  phone: text(50).default(''),
  email: z.union([z.literal(''), z.email('이메일 형식이 아닙니다')]).default(''),
})
export type ContactInput = z.input<typeof ContactInputSchema>

export const ContactSchema = ContactInputSchema.extend({ id: z.number().int().positive() })
export type Contact = z.infer<typeof ContactSchema>
