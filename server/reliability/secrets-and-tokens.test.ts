import { createHash } from 'node:crypto';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../src/identity/password.js';
import { TokenService } from '../src/identity/token.service.js';
import { startTestApp, TEST_ADMIN_PASSWORD, TEST_TOKEN_SECRET, type TestApp } from '../src/testing/test-app.js';
import { unitId } from './reliability-fixtures.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const sql = <T>(query: string, params: unknown[] = []) => app.orm.em.getConnection().execute<T[]>(query, params);
const ME = '{ me { user { id } } }';
const codeOf = async (token: string, query = ME) => (await app.gql(query, {}, token)).errors?.[0]?.extensions?.code ?? 'OK';

describe('passwords', () => {
  it('are hashed with argon2id at no less than the OWASP minimum (19 MiB, 2 passes, 1 lane)', async () => {
    const hashed = await hashPassword('correct horse battery staple');
    const match = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(hashed);
    expect(match, hashed).not.toBeNull();
    const [memory, passes, lanes] = match!.slice(1).map(Number);
    expect(memory).toBeGreaterThanOrEqual(19_456);
    expect(passes).toBeGreaterThanOrEqual(2);
    expect(lanes).toBeGreaterThanOrEqual(1);
    expect(await verifyPassword(hashed, 'correct horse battery staple')).toBe(true);
    expect(await verifyPassword(hashed, 'correct horse battery stapl')).toBe(false);
    // Salted: the same password never hashes the same way twice.
    expect(await hashPassword('correct horse battery staple')).not.toBe(hashed);
  });

  it('are stored only as argon2id hashes, never in plain text', async () => {
    const rows = await sql<{ login: string; password_hash: string }>('select login, password_hash from app_user');
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      expect(row.password_hash, row.login).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      expect(row.password_hash).not.toContain('kesu-demo');
      expect(row.password_hash).not.toContain(TEST_ADMIN_PASSWORD);
    }
  });
});

describe('tokens', () => {
  it('refuses an expired token with UNAUTHENTICATED', async () => {
    const id = (await sql<{ id: string }>(`select id from app_user where login = 'ysf.agent'`))[0]!.id;
    // Two seconds, not one: expiry is counted in whole seconds, so a 1 s token issued late in a second can be
    // expired by the time its first request arrives. The first request also leaves it remembered as verified.
    const shortLived = TokenService.withSecret(TEST_TOKEN_SECRET, '2s');
    const token = await shortLived.issue(id);
    expect(await codeOf(token)).toBe('OK');
    await new Promise((resolve) => setTimeout(resolve, 3_100));
    expect(await codeOf(token)).toBe('UNAUTHENTICATED');
  });

  it('refuses tampered, foreign-signed, unsigned and wrongly addressed tokens alike', async () => {
    const id = (await sql<{ id: string }>(`select id from app_user where login = 'admin'`))[0]!.id;
    const good = await app.tokenFor('admin');
    const [header, payload, signature] = good.split('.');
    const flipped = `${header}.${payload}.${signature!.slice(0, -2)}${signature!.endsWith('AA') ? 'BB' : 'AA'}`;
    const otherSecret = await TokenService.withSecret('another-secret-another-secret-0123456789').issue(id);
    const none = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`;
    const wrongAudience = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(id)
      .setIssuer('kesu')
      .setAudience('somebody-else')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(TEST_TOKEN_SECRET));
    for (const token of [flipped, otherSecret, none, wrongAudience, 'not-a-token', `${good}x`]) expect(await codeOf(token), token.slice(0, 20)).toBe('UNAUTHENTICATED');
    expect(await codeOf(good)).toBe('OK');
  });

  it('keeps login failures indistinguishable: unknown login and wrong password give the same answer', async () => {
    const login = (name: string, password: string) => app.gql('mutation($input: LoginInput!) { login(input: $input) { token } }', { input: { login: name, password } });
    const unknown = await login('nobody.here', 'whatever-123');
    const wrong = await login('admin', 'whatever-123');
    expect(unknown.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0]).toEqual({ ...unknown.errors?.[0] });
  });
});

describe('partner app keys', () => {
  const CURRENT = '{ currentApiClient { name } }';
  it('are stored as SHA-256 hashes only, rotate (the old key stops working at once) and die with revocation', async () => {
    const admin = await app.tokenFor('admin');
    const created = await app.gql(`mutation($input: CreateApiClientInput!) { createApiClient(input: $input) { key client { id version } } }`,
      { input: { name: '密钥检查', orgUnitId: await unitId(app, 'HY-SC'), scopes: ['complaints:read'] } }, admin);
    const first = created.data!.createApiClient.key as string;
    const clientId = created.data!.createApiClient.client.id as string;
    expect(await codeOf(first, CURRENT)).toBe('OK');

    // Nothing in the table holds the key itself; the hash is there.
    const rows = await sql<Record<string, unknown>>('select * from api_client');
    const dump = JSON.stringify(rows);
    expect(dump).not.toContain(first);
    expect(dump).not.toContain(first.slice(12));
    expect(dump).toContain(createHash('sha256').update(first).digest('hex'));

    const rotated = await app.gql(`mutation($input: ApiClientIdInput!) { rotateApiClientKey(input: $input) { key } }`, { input: { id: clientId } }, admin);
    const second = rotated.data!.rotateApiClientKey.key as string;
    expect(second).not.toBe(first);
    expect(await codeOf(first, CURRENT)).toBe('UNAUTHENTICATED');
    expect(await codeOf(second, CURRENT)).toBe('OK');

    await app.gql(`mutation($input: ApiClientIdInput!) { revokeApiClient(input: $input) { __typename } }`, { input: { id: clientId } }, admin);
    expect(await codeOf(second, CURRENT)).toBe('UNAUTHENTICATED');
  });
});
