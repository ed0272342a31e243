/**
 * The Node arguments that start one of the project's TypeScript scripts. Lexical's "node" entry points load their
 * build through a top-level `await import()`; Node 20 can leave such imports unsettled when several load at once, and
 * the process then stalls or exits without a word (seen on a loaded machine in about one start in ten). The
 * "production" condition resolves Lexical to its build directly, with no top-level await.
 */
export const TS_NODE_ARGS = ['--conditions=production', '--import', 'tsx'] as const
