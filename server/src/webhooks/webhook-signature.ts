import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Deliveries are signed like Stripe's and Svix's: HMAC-SHA256 over `<timestamp>.<raw body>` with the endpoint's
 * secret. The timestamp is inside the signature, so a captured request cannot be replayed later by someone else
 * (receivers reject old timestamps); the id lets receivers drop the duplicates that at-least-once delivery brings.
 * `docs/partners.md` carries the receiver's side of this, with the same code as `verifyWebhookSignature`.
 */
export const SIGNATURE_HEADER = 'Kesu-Webhook-Signature';
export const TIMESTAMP_HEADER = 'Kesu-Webhook-Timestamp';
export const ID_HEADER = 'Kesu-Webhook-Id';
export const SIGNATURE_VERSION = 'v1';
/** Receivers should refuse requests older (or further in the future) than this. */
export const DEFAULT_TOLERANCE_SECONDS = 5 * 60;

/** `whsec_` + 256 random bits: recognisable by secret scanners, like API keys' `ksk_`. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

export function signWebhook(secret: string, timestamp: number, body: string): string {
  const mac = createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex');
  return `${SIGNATURE_VERSION}=${mac}`;
}

/** The headers of one attempt; the timestamp is the attempt's own, so a retry hours later still verifies. */
export function signedHeaders(secret: string, deliveryId: string, body: string, now: Date = new Date()): Record<string, string> {
  const timestamp = Math.floor(now.getTime() / 1000);
  return {
    'content-type': 'application/json',
    'user-agent': 'Kesu-Webhooks/1',
    [ID_HEADER]: deliveryId,
    [TIMESTAMP_HEADER]: String(timestamp),
    [SIGNATURE_HEADER]: signWebhook(secret, timestamp, body),
  };
}

/**
 * The receiver's check, as published in docs/partners.md: the signature over the raw body must match (compared in
 * constant time), and the timestamp must be recent. The header may carry several `v1=` values (during a secret
 * rotation a sender could sign with both); any match is enough.
 */
export function verifyWebhookSignature(
  secret: string,
  headers: { timestamp: string | undefined; signature: string | undefined },
  rawBody: string,
  options: { toleranceSeconds?: number; now?: Date } = {},
): boolean {
  const { timestamp, signature } = headers;
  if (!timestamp || !signature || !/^\d+$/.test(timestamp)) return false;
  const nowSeconds = Math.floor((options.now ?? new Date()).getTime() / 1000);
  if (Math.abs(nowSeconds - Number(timestamp)) > (options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS)) return false;
  const expected = Buffer.from(createHmac('sha256', secret).update(`${timestamp}.${rawBody}`, 'utf8').digest('hex'), 'utf8');
  return signature.split(/\s*,\s*|\s+/).some((part) => {
    const [version, value] = part.split('=', 2);
    if (version !== SIGNATURE_VERSION || !value) return false;
    const given = Buffer.from(value, 'utf8');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}
