import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP } from 'node:net';

/**
 * What a webhook may be sent to (server-side request forgery: a partner must not make Kesu call its own
 * database, the cloud metadata service or anything else on the internal network).
 *
 * - In production only `https:` to a public address. Literal private, loopback, link-local and reserved
 *   addresses and `localhost` names are refused when the endpoint is registered. Host names are checked again
 *   on every attempt, on the address actually connected to (see `guardedLookup`), so a name that later resolves
 *   to an internal address (DNS rebinding) is refused too.
 * - Elsewhere (development, tests) `http:` is also accepted, but only to loopback, for a receiver on the same
 *   machine; `https:` may go anywhere, so a developer can point at a tunnel or a staging receiver.
 *
 * Limits, knowingly: redirects are never followed (a 3xx is a failed attempt), so a public host cannot bounce the
 * request inward; a proxy configured for the process (none is) would defeat the address check.
 */
export interface UrlPolicy {
  production: boolean;
}

const LOOPBACK_NAMES = new Set(['localhost', 'localhost.localdomain', 'ip6-localhost', 'ip6-loopback']);
const MAX_URL_LENGTH = 2000;

/** Addresses no webhook may reach in production (IANA special-purpose registries, the ones that matter). */
const internal = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24],
  ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) internal.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['2001:db8::', 32], ['100::', 64],
] as const) internal.addSubnet(network, prefix, 'ipv6');

const loopback = new BlockList();
loopback.addSubnet('127.0.0.0', 8, 'ipv4');
loopback.addAddress('::1', 'ipv6');

/** IPv4 carried inside IPv6 (`::ffff:10.0.0.1`, NAT64 `64:ff9b::a00:1`) is judged as the IPv4 it carries. */
function embeddedIpv4(address: string): string | null {
  const lower = address.toLowerCase();
  const dotted = /^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted) return dotted[1]!;
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (!hex) return null;
  const high = parseInt(hex[1]!, 16);
  const low = parseInt(hex[2]!, 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

export function isInternalAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true; // not an address at all: refuse rather than guess
  if (family === 4) return internal.check(address, 'ipv4');
  const v4 = embeddedIpv4(address);
  return v4 ? internal.check(v4, 'ipv4') : internal.check(address, 'ipv6');
}

export function isLoopbackAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return loopback.check(address, 'ipv4');
  if (family === 6) {
    const v4 = embeddedIpv4(address);
    return v4 ? loopback.check(v4, 'ipv4') : loopback.check(address, 'ipv6');
  }
  return false;
}

/** `[::1]` → `::1`: URL keeps the brackets of an IPv6 host. */
const bareHost = (hostname: string) => hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase();
const isLoopbackHost = (host: string) => LOOPBACK_NAMES.has(host) || host.endsWith('.localhost') || isLoopbackAddress(host);

/** Returns the problem with `raw` as a Chinese sentence, or null if it may be registered. */
export function webhookUrlProblem(raw: string, policy: UrlPolicy): string | null {
  if (raw.length > MAX_URL_LENGTH) return `地址不能超过 ${MAX_URL_LENGTH} 个字符`;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return '地址格式不正确，应形如 https://example.com/kesu/webhooks';
  }
  if (url.username || url.password) return '地址中不能包含用户名或密码';
  if (url.hash) return '地址中不能包含 #片段';
  const host = bareHost(url.hostname);
  if (url.protocol === 'http:') {
    if (policy.production) return '生产环境只接受 https 地址';
    if (!isLoopbackHost(host)) return 'http 地址只允许本机（127.0.0.1、localhost、::1）用于开发测试；其他地址请使用 https';
    return null;
  }
  if (url.protocol !== 'https:') return '地址必须以 https:// 开头';
  if (policy.production) {
    if (isLoopbackHost(host) || host.endsWith('.local') || host.endsWith('.internal')) return '不能使用本机或内网地址';
    if (isIP(host) !== 0 && isInternalAddress(host)) return '不能使用本机、内网或保留 IP 地址';
    if (isIP(host) === 0 && !host.includes('.')) return '请使用完整域名';
  }
  return null;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;
type LookupFunction = (hostname: string, options: object, callback: LookupCallback) => void;

/**
 * A `lookup` for `http(s).request` that refuses internal addresses in production, checked on the address the
 * socket will use, so what was checked is what is connected to. Literal IP hosts skip `lookup` in Node, which
 * is why `assertSendable` checks those itself.
 */
export function guardedLookup(policy: UrlPolicy): LookupFunction | undefined {
  if (!policy.production) return undefined;
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const list = addresses as LookupAddress[];
      const bad = list.find((entry) => isInternalAddress(entry.address));
      if (bad || list.length === 0) {
        const refused = Object.assign(new Error(`地址 ${hostname} 解析到内网或保留地址，已拒绝发送`), { code: 'EWEBHOOKBLOCKED' });
        return callback(refused, []);
      }
      if ((options as { all?: boolean }).all) return callback(null, list);
      return callback(null, list[0]!.address, list[0]!.family);
    });
  };
}

/** The check at send time: the registered URL must still be acceptable (policies can tighten between runs). */
export function assertSendable(raw: string, policy: UrlPolicy): URL {
  const problem = webhookUrlProblem(raw, policy);
  if (problem) throw new Error(problem);
  return new URL(raw);
}

/** Production is decided as everywhere else in the server: `NODE_ENV=production` (see config.ts). */
export function currentUrlPolicy(env: NodeJS.ProcessEnv = process.env): UrlPolicy {
  return { production: env.NODE_ENV === 'production' };
}
