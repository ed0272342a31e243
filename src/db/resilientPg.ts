import pg from 'pg'

type ConnectCallback = (err: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void

/**
 * A database restart ends every open connection. pg reports it as an 'error' event: on the pool for an idle
 * connection, on the connection itself for one checked out (a transaction between two queries). Without a listener
 * either event crashes the whole server. Here each is logged: the request using that connection fails (503), the
 * pool drops the dead connection and the next query opens a new one. Listening from the pool's first connection on.
 */
export interface ResilientPoolConfig extends pg.PoolConfig {
  /**
   * How long a query may wait for a free connection while all are busy (a surge of submissions): a busy pool is a
   * queue, not an outage. `connectionTimeoutMillis` then bounds only the opening of a new connection.
   */
  acquireTimeoutMillis?: number
}

/** A client that gives up opening its connection after `connectTimeout` ms (an unreachable server). */
const clientWithConnectTimeout = (connectTimeout: number | undefined) =>
  class extends pg.Client {
    constructor(config?: pg.ClientConfig) {
      super({ ...config, connectionTimeoutMillis: connectTimeout })
    }
  }

export class ResilientPool extends pg.Pool {
  /** when a connection was last lost or could not be opened (ms since the epoch; 0: never) */
  lastFailure = 0

  constructor(config: ResilientPoolConfig = {}) {
    const { acquireTimeoutMillis, ...rest } = config
    // pg-pool applies connectionTimeoutMillis both to waiting in its queue and to opening a connection
    super(
      acquireTimeoutMillis == null
        ? rest
        : { ...rest, connectionTimeoutMillis: acquireTimeoutMillis, Client: clientWithConnectTimeout(rest.connectionTimeoutMillis) },
    )
    this.on('error', this.lost)
    this.on('connect', (client) => client.on('error', this.lost))
  }

  private lost = (err: Error) => {
    this.lastFailure = Date.now()
    console.warn(`[db] Mất kết nối tới cơ sở dữ liệu / database connection lost: ${err.message}`)
  }

  connect(): Promise<pg.PoolClient>
  connect(callback: ConnectCallback): void
  connect(callback?: ConnectCallback): Promise<pg.PoolClient> | void {
    if (callback) {
      return super.connect((err, client, done) => {
        if (err) this.lastFailure = Date.now()
        callback(err, client, done)
      })
    }
    return super.connect().catch((err: unknown) => {
      this.lastFailure = Date.now()
      throw err
    })
  }
}

/** node-postgres for Payload's adapter (its `pg` option), with pools that survive a database restart. */
export const resilientPg: typeof pg = Object.assign(Object.create(pg), { Pool: ResilientPool })
