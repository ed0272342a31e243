// the calendar lives in domain/time/vietnam
export { formatVnDay } from '../time/vietnam'
