import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { TokenService } from '../src/identity/token.service.js';

/**
 * The baseline of the HTTP suite (`http-suite.ts`): the project head's complaint list answered by hand-written SQL
 * over `pg`, serialized as the same JSON the GraphQL query returns — no GraphQL, no ORM, no CASL.
 *
 * It does what the list needs and nothing more, with the same scoping: the bearer token is verified with the
 * server's own `TokenService` (same secret), the caller's grants give the unit paths they read, and one query
 * returns the complaints whose project path starts with one of them, filtered by status, ordered by
 * (next_due_at, id), 50 rows (+1 to learn whether another page follows), grade, category, project, handler and
 * deadlines joined in. Ids and cursors are encoded as the GraphQL server encodes them, so the bodies match.
 *
 * Run as a child of the suite: `node raw-endpoint.js` with DATABASE_URL, KESU_TOKEN_SECRET, PORT (0 = any) and
 * RAW_POOL_SIZE (default 10, MikroORM's pool size); it prints `RAW_LISTENING <port>` when ready.
 */

const PAGE = 50;

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
const cursorOf = (nextDueAt: Date, id: string) => Buffer.from(JSON.stringify([nextDueAt, id]), 'utf8').toString('base64url');
const iso = (value: Date | null) => (value ? value.toISOString() : null);

interface Row {
  id: string;
  number: string;
  kind: string;
  status: string;
  title: string;
  received_at: Date;
  overdue: boolean;
  next_due_at: Date;
  response_due_at: Date | null;
  resolution_due_at: Date | null;
  return_visit_due_at: Date | null;
  grade_code: string;
  grade_label: string;
  grade_rank: number;
  category_code: string;
  category_label: string;
  project_id: string;
  project_name: string;
  handler_id: string | null;
  handler_name: string | null;
}

/** The caller's grant paths (any active grant: the suite sends only project heads here). */
const GRANTS_SQL = `select u.path from role_assignment ra
  join app_user au on au.id = ra.user_id and au.active
  join org_unit u on u.id = ra.org_unit_id
  where ra.user_id = $1`;

/**
 * The page, scoped as a careful hand-written query would be: the projects under the caller's units as an id array,
 * so `complaint_open_next_due_idx` yields the open complaints already in list order (the server's own
 * `projectPathAsIds` does the same). A join on `p.path like …` would top-N sort all of a large project's rows.
 */
function listSql(paths: number): string {
  const scope = Array.from({ length: paths }, (_, i) => `scope_unit.path like $${i + 2}`).join(' or ');
  return `select c.id, c.number, c.kind, c.status, c.title, c.received_at, c.overdue, c.next_due_at,
      c.response_due_at, c.resolution_due_at, c.return_visit_due_at, c.grade_code, c.grade_label, c.grade_rank,
      cat.code as category_code, cat.label as category_label, p.id as project_id, p.name as project_name,
      h.id as handler_id, h.name as handler_name
    from complaint c
    join org_unit p on p.id = c.project_id
    join category cat on cat.id = c.category_id
    left join app_user h on h.id = c.handler_id
    where c.project_id = any(array(select scope_unit.id from org_unit scope_unit where ${scope})) and c.status = any($1::text[])
    order by c.next_due_at asc, c.id asc
    limit ${PAGE + 1}`;
}

/** `LIKE 'prefix%'` with the wildcards of the prefix escaped, as the server's `startsWithPattern` does. */
const startsWith = (prefix: string) => `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function toEdge(row: Row) {
  return {
    cursor: cursorOf(row.next_due_at, row.id),
    node: {
      id: globalId('Complaint', row.id),
      number: row.number,
      kind: row.kind,
      status: row.status,
      title: row.title,
      receivedAt: iso(row.received_at),
      overdue: row.overdue,
      nextDueAt: iso(row.next_due_at),
      responseDueAt: iso(row.response_due_at),
      resolutionDueAt: iso(row.resolution_due_at),
      returnVisitDueAt: iso(row.return_visit_due_at),
      grade: { code: row.grade_code, label: row.grade_label, rank: row.grade_rank },
      category: { code: row.category_code, label: row.category_label },
      project: { id: globalId('OrgUnit', row.project_id), name: row.project_name },
      handler: row.handler_id ? { id: globalId('User', row.handler_id), name: row.handler_name } : null,
    },
  };
}

export async function startRawEndpoint(options: { databaseUrl: string; tokenSecret: string; port: number; poolSize: number }) {
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize });
  const tokens = TokenService.withSecret(options.tokenSecret);

  async function list(request: IncomingMessage, response: ServerResponse) {
    const auth = request.headers.authorization ?? '';
    let userId: string;
    try {
      userId = await tokens.verify(auth.replace(/^Bearer /, ''));
    } catch {
      response.writeHead(401, { 'content-type': 'application/json' }).end('{"error":"unauthenticated"}');
      return;
    }
    const url = new URL(request.url ?? '/', 'http://localhost');
    const status = (url.searchParams.get('status') ?? '').split(',').filter(Boolean);
    const grants = await pool.query<{ path: string }>(GRANTS_SQL, [userId]);
    let rows: Row[] = [];
    if (grants.rows.length > 0) {
      const paths = grants.rows.map((g) => startsWith(g.path));
      rows = (await pool.query<Row>(listSql(paths.length), [status, ...paths])).rows;
    }
    const edges = rows.slice(0, PAGE).map(toEdge);
    const body = {
      data: {
        complaints: {
          edges,
          pageInfo: { hasNextPage: rows.length > PAGE, endCursor: edges[edges.length - 1]?.cursor ?? null },
        },
      },
    };
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  }

  const server = createServer((request, response) => {
    if (request.method === 'GET' && request.url?.startsWith('/complaints')) {
      list(request, response).catch((error: unknown) => {
        response.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: String(error) }));
      });
    } else {
      response.writeHead(404).end();
    }
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(options.port, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    port,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await pool.end();
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const databaseUrl = process.env.DATABASE_URL;
  const tokenSecret = process.env.KESU_TOKEN_SECRET;
  if (!databaseUrl || !tokenSecret) throw new Error('raw-endpoint: DATABASE_URL and KESU_TOKEN_SECRET are required');
  const endpoint = await startRawEndpoint({
    databaseUrl,
    tokenSecret,
    port: Number(process.env.PORT ?? 0),
    poolSize: Number(process.env.RAW_POOL_SIZE ?? 10),
  });
  console.log(`RAW_LISTENING ${endpoint.port}`);
  const stop = () => void endpoint.close().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
