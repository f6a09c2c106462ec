import { afterEach, describe, expect, it, vi } from 'vitest';
import { TokenService } from './token.service.js';

const SECRET = 'token-service-test-secret-0123456789abcdef';

afterEach(() => vi.useRealTimers());

describe('TokenService.verify', () => {
  it('keeps refusing a token once it has expired, though it was verified (and remembered) before', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-23T08:00:00Z'));
    const tokens = TokenService.withSecret(SECRET, '1h');
    const token = await tokens.issue('user-1');
    expect(await tokens.verify(token)).toBe('user-1');
    expect(await tokens.verify(token)).toBe('user-1');

    vi.setSystemTime(new Date('2026-11-23T08:59:59Z'));
    expect(await tokens.verify(token)).toBe('user-1');
    vi.setSystemTime(new Date('2026-11-23T09:00:01Z'));
    await expect(tokens.verify(token)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' }, message: expect.stringContaining('过期') });
    await expect(tokens.verify(token)).rejects.toMatchObject({ message: expect.stringContaining('过期') });
  });

  it('does not take a forged token for a remembered one: a changed signature or payload is verified afresh and refused', async () => {
    const tokens = TokenService.withSecret(SECRET, '1h');
    const token = await tokens.issue('user-1');
    expect(await tokens.verify(token)).toBe('user-1');
    const [header, payload, signature] = token.split('.');
    const forgedPayload = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), sub: 'admin' })).toString('base64url');
    for (const forged of [`${header}.${forgedPayload}.${signature}`, `${header}.${payload}.${signature!.slice(0, -2)}AA`]) {
      await expect(tokens.verify(forged)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    }
    // Another service with another secret has remembered nothing and refuses the token outright.
    await expect(TokenService.withSecret(`${SECRET}-other`).verify(token)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });
});
