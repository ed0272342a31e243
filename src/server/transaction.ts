import { APIError, commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'
import { Refusal } from '../lib/api/errors'

/**
 * Runs `work` in one transaction: all of it is saved or none of it. A Vietnamese APIError passes through as is;
 * anything else becomes a 400 that says nothing was saved.
 */
export async function inTransaction<T>(req: PayloadRequest, failure: string, work: () => Promise<T>): Promise<T> {
  const shouldCommit = await initTransaction(req)
  try {
    const result = await work()
    if (shouldCommit) await commitTransaction(req)
    return result
  } catch (err) {
    if (shouldCommit) await killTransaction(req)
    if (err instanceof APIError) throw err
    if (err && typeof err === 'object' && 'status' in err && typeof (err as { status: unknown }).status === 'number') throw err
    const message = err instanceof Error ? err.message : String(err)
    throw new Refusal(`${failure}: ${message}. Chưa có thay đổi nào được lưu.`, 400)
  }
}
