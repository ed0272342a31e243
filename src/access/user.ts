// the user helpers are pure and live in src/domain, so src/lib can use them without importing access rules
export { asUser, hasRole, isOrganizer, refId, type AppUser } from '../domain/user'
