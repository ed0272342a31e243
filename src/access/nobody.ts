import type { Access } from 'payload'

/** Records that nobody edits by hand (audit trail): only the server writes them, with overrideAccess. */
export const nobody: Access = () => false
