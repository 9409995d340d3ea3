import type { Bilingual } from '../../../shared/domain'

/** The "it is not there" sentences several services share (the record was deleted, or the id is wrong). */
export const issueNotFound = (id: number): Bilingual => ({ ko: `이슈 #${id}을(를) 찾을 수 없습니다`, en: `Issue #${id} was not found` })
export const CONTACT_NOT_FOUND: Bilingual = { ko: '연락처를 찾을 수 없습니다', en: 'The contact was not found' }
export const CUSTOMER_NOT_FOUND: Bilingual = { ko: '고객사를 찾을 수 없습니다', en: 'The customer was not found' }
/** Next to the field that names a customer that is not there. */
export const NO_SUCH_CUSTOMER: Bilingual = { ko: '없는 고객사입니다', en: 'No such customer' }
