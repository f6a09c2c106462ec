import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SignJWT, decodeJwt, errors as joseErrors, jwtVerify } from 'jose';
import type { Config } from '../config.js';
import { unauthenticated } from '../graphql/errors.js';

const ISSUER = 'kesu';
const AUDIENCE = 'kesu-api';
/** Owner tokens are another audience: a user token is never taken for an owner's, nor the other way round. */
const OWNER_AUDIENCE = 'kesu-owner';
const OWNER_TOKEN_TTL = '2h';

/** What an owner token vouches for: the partner app that issued it and the owner's room. */
export interface OwnerClaims {
  clientId: string;
  projectId: string;
  phone: string;
  room: string;
}

/** How many verified user tokens are remembered (a few hundred bytes each); the oldest is forgotten first. */
const VERIFIED_CACHE_SIZE = 10_000;

/** Signed, expiring bearer tokens (HS256). The server keeps no session: any instance with the secret can verify. */
export class TokenService {
  /**
   * Tokens already verified, with their subject and expiry. Every request carries its token again, and the HMAC
   * check through WebCrypto (a thread-pool round trip) was a visible share of a small request's CPU. A token is
   * immutable, so what was verified once stays true until it expires; expiry is still checked on every use.
   */
  private readonly verified = new Map<string, { sub: string; exp: number }>();

  private constructor(
    private readonly secret: Uint8Array,
    private readonly ttl: string,
  ) {}

  static async fromConfig(config: Config): Promise<TokenService> {
    return new TokenService(new TextEncoder().encode(await resolveSecret(config)), config.tokenTtl);
  }

  static withSecret(secret: string, ttl = '12h'): TokenService {
    return new TokenService(new TextEncoder().encode(secret), ttl);
  }

  async issue(userId: string): Promise<string> {
    return new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(userId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(this.ttl)
      .sign(this.secret);
  }

  /**
   * An owner token (业主令牌) for the property app: short-lived, so the app re-issues it rather than the server
   * keeping sessions; it is honoured only while the issuing client is active and keeps `owner-delegation`.
   */
  async issueOwner(claims: OwnerClaims): Promise<{ token: string; expiresAt: Date }> {
    const token = await new SignJWT({ prj: claims.projectId, phn: claims.phone, rm: claims.room })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(claims.clientId)
      .setIssuer(ISSUER)
      .setAudience(OWNER_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(OWNER_TOKEN_TTL)
      .sign(this.secret);
    return { token, expiresAt: new Date(decodeJwt(token).exp! * 1000) };
  }

  /** Whether a bearer token looks like an owner token (unverified: only to choose how to verify it). */
  static isOwnerToken(token: string): boolean {
    try {
      const aud = decodeJwt(token).aud;
      return aud === OWNER_AUDIENCE || (Array.isArray(aud) && aud.includes(OWNER_AUDIENCE));
    } catch {
      return false;
    }
  }

  async verifyOwner(token: string): Promise<OwnerClaims> {
    try {
      const { payload } = await jwtVerify(token, this.secret, { issuer: ISSUER, audience: OWNER_AUDIENCE, algorithms: ['HS256'] });
      const { sub, prj, phn, rm } = payload;
      if (typeof sub !== 'string' || typeof prj !== 'string' || typeof phn !== 'string' || typeof rm !== 'string') {
        throw unauthenticated('业主令牌无效，请重新获取');
      }
      return { clientId: sub, projectId: prj, phone: phn, room: rm };
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) throw unauthenticated('业主令牌已过期，请重新获取');
      throw unauthenticated('业主令牌无效，请重新获取');
    }
  }

  /** The user id inside a valid token; expired, tampered or foreign tokens are refused alike. */
  async verify(token: string): Promise<string> {
    const known = this.verified.get(token);
    if (known) {
      if (known.exp > Date.now() / 1000) return known.sub;
      this.verified.delete(token); // expired: jwtVerify below says so with the usual error
    }
    try {
      const { payload } = await jwtVerify(token, this.secret, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
      if (typeof payload.sub !== 'string') throw unauthenticated('登录凭证无效，请重新登录');
      if (typeof payload.exp === 'number') this.remember(token, { sub: payload.sub, exp: payload.exp });
      return payload.sub;
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) throw unauthenticated('登录已过期，请重新登录');
      throw unauthenticated('登录凭证无效，请重新登录');
    }
  }

  private remember(token: string, claims: { sub: string; exp: number }): void {
    if (this.verified.size >= VERIFIED_CACHE_SIZE) this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(token, claims);
  }
}

/**
 * Production must be given a secret. Elsewhere a random one is made once and kept in the data folder, so
 * tokens survive a restart of `pnpm start` without anyone configuring anything.
 */
async function resolveSecret(config: Config): Promise<string> {
  if (config.tokenSecret) return config.tokenSecret;
  if (config.env === 'production') {
    throw new Error('KESU_TOKEN_SECRET is required in production (at least 32 random characters)');
  }
  const file = join(config.dataDir, 'token-secret');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const secret = randomBytes(32).toString('base64url');
  await mkdir(config.dataDir, { recursive: true });
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}
