import { describe, expect, it } from 'vitest';
import { signWebhook, signedHeaders, verifyWebhookSignature } from './webhook-signature.js';

describe('webhook signatures', () => {
  const secret = 'whsec_test';
  const body = JSON.stringify({ id: 'd1', type: 'complaint.created' });

  it('verify with the secret over timestamp and raw body, and nothing else', () => {
    const now = new Date('2026-11-23T05:00:00Z');
    const headers = signedHeaders(secret, 'd1', body, now);
    const timestamp = headers['Kesu-Webhook-Timestamp'];
    const signature = headers['Kesu-Webhook-Signature'];
    expect(signature).toMatch(/^v1=[0-9a-f]{64}$/);
    expect(verifyWebhookSignature(secret, { timestamp, signature }, body, { now })).toBe(true);
    expect(verifyWebhookSignature('whsec_other', { timestamp, signature }, body, { now })).toBe(false);
    expect(verifyWebhookSignature(secret, { timestamp, signature }, body.replace('d1', 'd2'), { now })).toBe(false);
    expect(verifyWebhookSignature(secret, { timestamp: String(Number(timestamp) + 1), signature }, body, { now })).toBe(false);
    expect(verifyWebhookSignature(secret, { timestamp, signature: undefined }, body, { now })).toBe(false);
    // Several signatures in one header: any valid one passes.
    expect(verifyWebhookSignature(secret, { timestamp, signature: `v1=${'0'.repeat(64)} ${signature}` }, body, { now })).toBe(true);
  });

  it('refuse a timestamp older (or newer) than five minutes', () => {
    const signedAt = new Date('2026-11-23T05:00:00Z');
    const timestamp = String(signedAt.getTime() / 1000);
    const signature = signWebhook(secret, Number(timestamp), body);
    expect(verifyWebhookSignature(secret, { timestamp, signature }, body, { now: new Date(signedAt.getTime() + 299_000) })).toBe(true);
    expect(verifyWebhookSignature(secret, { timestamp, signature }, body, { now: new Date(signedAt.getTime() + 301_000) })).toBe(false);
    expect(verifyWebhookSignature(secret, { timestamp, signature }, body, { now: new Date(signedAt.getTime() - 301_000) })).toBe(false);
  });
});
