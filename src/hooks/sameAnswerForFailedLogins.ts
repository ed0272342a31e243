import { AuthenticationError, LockedAuth, type AfterErrorHook } from 'payload'

export const FAILED_LOGIN_MESSAGE = 'Email hoặc mật khẩu không đúng.'

/**
 * A locked account, an unknown address and a wrong password get the same status and the same Vietnamese text
 * (Payload says "locked" for the first and follows the browser's language), so an answer never tells whether an
 * account exists.
 */
export const sameAnswerForFailedLogins: AfterErrorHook = ({ error, graphqlResult }) => {
  const original = (error as { originalError?: unknown }).originalError ?? error
  if (!(original instanceof AuthenticationError || original instanceof LockedAuth)) return
  if (graphqlResult) {
    return {
      graphqlResult: {
        ...graphqlResult,
        message: FAILED_LOGIN_MESSAGE,
        extensions: { ...graphqlResult.extensions, name: 'AuthenticationError', statusCode: 401 },
      },
    }
  }
  return { response: { errors: [{ message: FAILED_LOGIN_MESSAGE }] }, status: 401 }
}
