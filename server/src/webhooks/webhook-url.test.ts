import { describe, expect, it } from 'vitest';
import { isInternalAddress, webhookUrlProblem } from './webhook-url.js';

const dev = { production: false };
const prod = { production: true };

describe('webhook URLs', () => {
  it('accept https anywhere public, and plain http only to loopback outside production', () => {
    expect(webhookUrlProblem('https://hooks.example.com/kesu', prod)).toBeNull();
    expect(webhookUrlProblem('https://hooks.example.com/kesu', dev)).toBeNull();
    for (const url of ['http://127.0.0.1:8080/hook', 'http://localhost:3000/x', 'http://[::1]:9000/']) {
      expect(webhookUrlProblem(url, dev), url).toBeNull();
      expect(webhookUrlProblem(url, prod), url).toMatch(/https/);
    }
    expect(webhookUrlProblem('http://hooks.example.com/kesu', dev)).toMatch(/本机/);
    expect(webhookUrlProblem('http://10.0.0.5/kesu', dev)).toMatch(/本机/);
  });

  it('refuse other schemes, credentials, fragments and garbage', () => {
    for (const url of ['ftp://example.com/x', 'file:///etc/passwd', 'javascript:alert(1)', 'not a url', 'https://user:pw@example.com/', 'https://example.com/#x']) {
      expect(webhookUrlProblem(url, dev), url).not.toBeNull();
    }
  });

  it('refuse loopback, private, link-local and reserved targets in production', () => {
    for (const url of [
      'https://localhost/x', 'https://api.localhost/x', 'https://127.0.0.1/x', 'https://10.1.2.3/x', 'https://172.20.0.1/x',
      'https://192.168.1.1/x', 'https://169.254.169.254/latest/meta-data', 'https://[::1]/x', 'https://[fd00::1]/x',
      'https://[::ffff:10.0.0.1]/x', 'https://[fe80::1]/x', 'https://0.0.0.0/x', 'https://100.64.0.1/x', 'https://intranet/x',
      'https://db.internal/x', 'https://printer.local/x',
    ]) {
      expect(webhookUrlProblem(url, prod), url).not.toBeNull();
    }
    expect(webhookUrlProblem('https://8.8.8.8/x', prod)).toBeNull();
    expect(isInternalAddress('8.8.8.8')).toBe(false);
    expect(isInternalAddress('2606:4700::1111')).toBe(false);
    expect(isInternalAddress('::ffff:7f00:1')).toBe(true);
    expect(isInternalAddress('64:ff9b::a00:1')).toBe(true);
  });
});
