export * from './registrationForm'
export * from './formText'
export * from './fileName'
export { formatKstDate, formatKstDateTime } from './kst'
