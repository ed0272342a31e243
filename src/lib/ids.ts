// the id helper is pure and lives in src/domain; infrastructure code takes it from here
export { refId } from '../domain/ids'
