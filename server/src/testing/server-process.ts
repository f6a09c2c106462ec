import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The built server: child-process tests run what production runs, so `tsc -b` must have run (npm test does). */
export const SERVER_MAIN = fileURLToPath(new URL('../../dist/main.js', import.meta.url));

/** Long enough for tests, and not one of the published values production refuses. */
export const CHILD_TOKEN_SECRET = 'child-process-test-secret-0123456789abcdef';

export type LogLine = Record<string, unknown> & { msg?: string };

export interface ServerProcess {
  name: string;
  url: string;
  child: ChildProcess;
  /** Every JSON log line so far (stdout). */
  lines: LogLine[];
  /** Everything else written (stderr, non-JSON stdout), for failure messages and noise checks. */
  other: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Sends the signal and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * `node dist/main.js` as a child process in production mode, resolved once it logs that it listens. Logs are
 * JSON lines; the port comes from the listening line (PORT=0 picks a free one).
 */
export async function startServerProcess(name: string, env: Record<string, string>, timeoutMs = 90_000): Promise<ServerProcess> {
  if (!existsSync(SERVER_MAIN)) throw new Error(`${SERVER_MAIN} is missing: build the server first (cd server && npx tsc -b)`);
  const child = spawn(process.execPath, [SERVER_MAIN], {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      TMPDIR: process.env.TMPDIR ?? '/tmp',
      NODE_ENV: 'production',
      PORT: '0',
      KESU_TOKEN_SECRET: CHILD_TOKEN_SECRET,
      KESU_DEMO_DATA: 'false',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: LogLine[] = [];
  const other: string[] = [];
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  let listening!: (port: number) => void;
  const port = new Promise<number>((resolve) => (listening = resolve));
  const collect = (stream: NodeJS.ReadableStream, json: boolean) => {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const parts = (rest + chunk).split('\n');
      rest = parts.pop() ?? '';
      for (const part of parts) {
        if (!part.trim()) continue;
        if (json && part.startsWith('{')) {
          const line = JSON.parse(part) as LogLine;
          lines.push(line);
          if (typeof line.msg === 'string' && line.msg.startsWith('Kesu listening') && typeof line.port === 'number') listening(line.port);
        } else {
          other.push(part);
        }
      }
    });
  };
  collect(child.stdout!, true);
  collect(child.stderr!, false);

  let timer: NodeJS.Timeout | undefined;
  const failed = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${name} did not start within ${timeoutMs} ms`)), timeoutMs);
    void exited.then(({ code }) => reject(new Error(`${name} exited with ${code} before listening:\n${[...other, ...lines.map((l) => JSON.stringify(l))].slice(-20).join('\n')}`)));
  });
  try {
    const bound = await Promise.race([port, failed]);
    return {
      name,
      url: `http://127.0.0.1:${bound}`,
      child,
      lines,
      other,
      exited,
      async stop(signal = 'SIGTERM') {
        if (child.exitCode === null && child.signalCode === null) child.kill(signal);
        return (await exited).code;
      },
    };
  } catch (error) {
    if (child.exitCode === null) child.kill('SIGKILL');
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

export interface GqlResult<T = any> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** POST /graphql over real HTTP. */
export async function gqlAt<T = any>(url: string, query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResult<T>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as Omit<GqlResult<T>, 'status'>) };
}

export async function loginAt(url: string, login: string, password: string): Promise<string> {
  const res = await gqlAt<{ login: { token: string } }>(url, 'mutation($input: LoginInput!) { login(input: $input) { token } }', { input: { login, password } });
  if (!res.data?.login) throw new Error(`login ${login} at ${url} failed: ${JSON.stringify(res.errors)}`);
  return res.data.login.token;
}
