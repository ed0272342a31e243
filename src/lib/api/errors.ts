import { APIError } from 'payload'

/**
 * The one error type of the app: a refusal by a rule, with the rule's Vietnamese message, an HTTP status and,
 * where there is one, the field it concerns (the admin marks that field). Payload answers with the message
 * only when the error has a name; production bundles rename classes (APIError became ""), so the name is a
 * literal here.
 */
export class Refusal extends APIError {
  constructor(message: string, status = 400, field?: string) {
    super(message, status, field ? { errors: [{ path: field, message }] } : undefined, true)
    this.name = 'Refusal'
  }
}

export const badRequest = (message: string, field?: string) => new Refusal(message, 400, field)
export const unauthorized = (message: string) => new Refusal(message, 401)
export const forbidden = (message: string) => new Refusal(message, 403)
export const notFound = (message: string) => new Refusal(message, 404)
export const conflict = (message: string) => new Refusal(message, 409)

/** Throws a refusal: for rules written as guard clauses. */
export const refuse = (message: string, status = 400, field?: string): never => {
  throw new Refusal(message, status, field)
}

/** The same envelope for endpoints that answer instead of throwing; `fields` marks a form's fields (path → message). */
export const errorResponse = (status: number, message: string, init: ResponseInit & { fields?: Record<string, string> } = {}) => {
  const { fields, ...rest } = init
  const data = fields ? { data: { errors: Object.entries(fields).map(([path, m]) => ({ path, message: m })) } } : {}
  return Response.json({ errors: [{ message, ...data }] }, { ...rest, status })
}

export const DATABASE_DOWN = 'Hệ thống đang tạm gián đoạn kết nối cơ sở dữ liệu, vui lòng thử lại sau giây lát.'
/** Seconds a client is told to wait before retrying when the database or storage is briefly unreachable. */
export const RETRY_AFTER_SECONDS = 5

/** 503 with Retry-After: the request can be sent again once the database answers. */
export const databaseDownResponse = () => errorResponse(503, DATABASE_DOWN, { headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) } })
