import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig } from '../config.js';

/** docker/ cannot be run here (no Docker engine); its files are checked for the shape production depends on. */

const dockerDir = fileURLToPath(new URL('../../../docker/', import.meta.url));
const composeFile = `${dockerDir}compose.yaml`;
const read = (name: string) => readFileSync(`${dockerDir}${name}`, 'utf8');

interface Service {
  image?: string;
  build?: { context: string; dockerfile: string };
  command?: string[];
  restart?: string;
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  ports?: string[];
  volumes?: string[];
}

const TEST_ENV: Record<string, string> = { POSTGRES_PASSWORD: 'compose-test-password', KESU_TOKEN_SECRET: 'compose-test-secret-0123456789abcdefghijkl' };

/** `${NAME:-default}` and `${NAME:?message}` as compose would substitute them with TEST_ENV set. */
function substitute(value: string): string {
  return value.replace(/\$\{(\w+)(?::([-?])([^}]*))?\}/g, (_, name: string, kind: string | undefined, rest: string) => {
    if (TEST_ENV[name] !== undefined) return TEST_ENV[name];
    if (kind === '?') throw new Error(`${name} is required`);
    return kind === '-' ? rest : '';
  });
}

const compose = parse(read('compose.yaml'), { merge: true }) as { services: Record<string, Service> };
const services = compose.services;

describe('docker/compose.yaml', () => {
  it('runs PostgreSQL 17, a one-shot migration, two server instances that wait for it, and nginx in front of both', () => {
    expect(Object.keys(services).sort()).toEqual(['migrate', 'nginx', 'postgres', 'server-1', 'server-2']);
    expect(services.postgres!.image).toBe('postgres:17');

    const migrate = services.migrate!;
    expect(migrate.restart).toBe('no');
    expect(migrate.command).toEqual(['node', 'server/dist/db/migrate-cli.js']);
    expect(migrate.build).toEqual({ context: '..', dockerfile: 'docker/Dockerfile' });
    expect(migrate.depends_on?.postgres?.condition).toBe('service_healthy');

    for (const name of ['server-1', 'server-2']) {
      const server = services[name]!;
      expect(server.image).toBe(migrate.image);
      expect(server.build).toEqual(migrate.build);
      expect(server.depends_on?.migrate?.condition).toBe('service_completed_successfully');
      expect(server.environment?.KESU_MIGRATE_ON_START).toBe('false');
      expect(server.environment?.NODE_ENV).toBe('production');
      expect(server.healthcheck?.test.join(' ')).toContain('/readyz');
    }
    expect(services.nginx!.depends_on).toEqual({ 'server-1': { condition: 'service_healthy' }, 'server-2': { condition: 'service_healthy' } });
    expect(services.nginx!.volumes).toContain('./nginx/nginx.conf:/etc/nginx/nginx.conf:ro');
  });

  it('gives the servers an environment the configuration accepts, and refuses to start without the secrets', () => {
    for (const name of ['migrate', 'server-1']) {
      const env = Object.fromEntries(Object.entries(services[name]!.environment!).map(([key, value]) => [key, substitute(String(value))]));
      const config = loadConfig(env);
      expect(config.env).toBe('production');
      expect(config.databaseUrl).toBe('postgres://kesu:compose-test-password@postgres:5432/kesu');
      expect(config.migrateOnStart).toBe(name === 'migrate');
    }
    expect(services['server-1']!.environment!.KESU_TOKEN_SECRET).toMatch(/^\$\{KESU_TOKEN_SECRET:\?/);
  });

  it('is valid for `docker compose config` where a docker client exists', () => {
    const probe = spawnSync('docker', ['compose', 'version'], { encoding: 'utf8' });
    if (probe.error || probe.status !== 0) {
      // No docker client, or one without the compose plugin (as on the development machines): the checks above
      // stand in. Anything else is a real failure.
      const reason = probe.error ? String((probe.error as NodeJS.ErrnoException).code) : `${probe.stderr}${probe.stdout}`;
      expect(reason).toMatch(/ENOENT|unknown command/);
      return;
    }
    const result = spawnSync('docker', ['compose', '-f', composeFile, 'config', '--services'], { encoding: 'utf8', env: { ...process.env, ...TEST_ENV } });
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n').filter(Boolean).sort()).toEqual(['migrate', 'nginx', 'postgres', 'server-1', 'server-2']);
  });
});

describe('docker/nginx/nginx.conf', () => {
  const conf = read('nginx/nginx.conf');

  it('balances over both instances and upgrades /graphql to WebSocket for subscriptions', () => {
    const upstream = /upstream kesu \{([^}]*)\}/.exec(conf)?.[1] ?? '';
    expect([...upstream.matchAll(/^\s*server (\S+?)[\s;]/gm)].map((match) => match[1])).toEqual(['server-1:4000', 'server-2:4000']);
    expect(upstream).toMatch(/keepalive_timeout 4s;/);
    const graphql = /location = \/graphql \{([^}]*)\}/.exec(conf)?.[1] ?? '';
    expect(graphql).toContain('proxy_pass http://kesu;');
    expect(graphql).toContain('proxy_set_header Upgrade $http_upgrade;');
    expect(graphql).toContain('proxy_set_header Connection $connection_upgrade;');
    expect(graphql).toContain('proxy_set_header X-Request-Id $kesu_request_id;');
  });

  it('compresses, caches the hashed SPA assets for a year and keeps /metrics and /readyz inside', () => {
    expect(conf).toMatch(/gzip on;/);
    expect(conf).toMatch(/gzip_types[^;]*application\/json/);
    const assets = /location \/assets\/ \{([^}]*)\}/.exec(conf)?.[1] ?? '';
    expect(assets).toContain('max-age=31536000, immutable');
    expect(conf).toMatch(/location ~ \^\/\(readyz\|metrics\)\$ \{\s*deny all;/);
  });
});

describe('docker/Dockerfile', () => {
  const dockerfile = read('Dockerfile');

  it('builds with pnpm from the lockfile and ships only the built server, its production dependencies and the admin', () => {
    expect(dockerfile).toMatch(/FROM \$\{NODE_IMAGE\} AS build/);
    expect(dockerfile).toMatch(/FROM \$\{NODE_IMAGE\} AS runtime/);
    expect(dockerfile).toContain('RUN corepack enable');
    expect(dockerfile).toContain('pnpm install --frozen-lockfile');
    expect(dockerfile).toContain('pnpm -r build');
    expect(dockerfile).toMatch(/deploy --prod/);
    const runtime = dockerfile.slice(dockerfile.indexOf('AS runtime'));
    expect(runtime.match(/^COPY .*/gm)).toEqual([
      'COPY --from=build --chown=node:node /out/server /app/server',
      'COPY --from=build --chown=node:node /out/admin /app/admin',
    ]);
    // Started with the same Node flags as `npm start` (server/runtime-flags.json).
    const flags = JSON.parse(readFileSync(new URL('../../runtime-flags.json', import.meta.url), 'utf8')) as string[];
    expect(runtime).toContain(`CMD ${JSON.stringify(['node', ...flags, 'server/dist/main.js']).replaceAll('","', '", "')}`);
    expect(runtime).toContain('USER node');
  });
});
