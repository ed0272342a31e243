/**
 * nginx for the benchmark: one server block serving a saved page as a plain file (the baseline) and the
 * deployment's own configuration (scripts/nginx/guong-sang.conf.template) in front of the running app.
 */
import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { findFreePort } from '../../src/db/embeddedPostgres'
import { root, waitForUrl } from '../../scripts/lib/nextServer'

export interface Nginx {
  staticUrl: string
  cachedAppUrl: string
  stop: () => Promise<void>
}

export function nginxBinary(): string | null {
  for (const candidate of [process.env.NGINX_BIN, '/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx']) {
    if (candidate && fs.existsSync(candidate)) return candidate
  }
  return null
}

/** Fills the template's ${GS_*} placeholders only; nginx's own $variables stay as they are. */
export function renderTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\$\{(GS_[A-Z_]+)\}/g, (match, name: string) => values[name] ?? match)
}

export async function startNginx(opts: { upstream: string; staticFile: string }): Promise<Nginx> {
  const binary = nginxBinary()
  if (!binary) throw new Error('nginx is not installed (apt-get install -y nginx-light)')
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'gs-nginx-'))
  fs.chmodSync(prefix, 0o777) // workers run as nobody when started by root
  fs.mkdirSync(path.join(prefix, 'html'))
  fs.copyFileSync(opts.staticFile, path.join(prefix, 'html', 'page.html'))
  const staticPort = await findFreePort(18080)
  const appPort = await findFreePort(staticPort + 1)
  const site = renderTemplate(fs.readFileSync(path.join(root, 'scripts/nginx/guong-sang.conf.template'), 'utf8'), {
    GS_LISTEN: `127.0.0.1:${appPort}`,
    GS_UPSTREAM: opts.upstream,
    GS_CACHE_DIR: path.join(prefix, 'cache'),
  })
  const conf = `worker_processes auto;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  server {
    listen 127.0.0.1:${staticPort};
    root ${prefix}/html;
    location / { default_type text/html; try_files /page.html =404; }
  }
${site}
}
`
  const confFile = path.join(prefix, 'nginx.conf')
  fs.writeFileSync(confFile, conf)
  execFileSync(binary, ['-t', '-q', '-p', prefix, '-c', confFile], { stdio: ['ignore', 'ignore', 'inherit'] })
  const child = spawn(binary, ['-p', prefix, '-c', confFile, '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'inherit'] })
  const staticUrl = `http://127.0.0.1:${staticPort}`
  await waitForUrl(`${staticUrl}/`, child, 10_000)
  return {
    staticUrl,
    cachedAppUrl: `http://127.0.0.1:${appPort}`,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGQUIT')
        await new Promise((r) => child.once('exit', r))
      }
      fs.rmSync(prefix, { recursive: true, force: true })
    },
  }
}
