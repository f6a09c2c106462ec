import { getToken } from '../../graphql/token-store';

export type ExportKind = 'xlsx' | 'csv';

const PATHS: Record<ExportKind, string> = {
  xlsx: '/export/monthly-report.xlsx',
  csv: '/export/monthly-register.csv',
};

/** Received bytes, and the total when the server sent a Content-Length (streamed workbooks often do not). */
export interface DownloadProgress {
  loaded: number;
  total: number | null;
}

/** A refusal of the export route, with the server's Chinese message (`{ code, message }`). */
export class ExportError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
  ) {
    super(message);
    this.name = 'ExportError';
  }
}

export function exportUrl(kind: ExportKind, orgUnitId: string, month: string): string {
  return `${PATHS[kind]}?${new URLSearchParams({ orgUnitId, month }).toString()}`;
}

/** The file name from `Content-Disposition`, preferring the UTF-8 `filename*` (the Chinese one). */
export function fileNameFrom(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // A malformed escape: fall through to the plain name.
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition);
  return plain?.[1]?.trim() || fallback;
}

/**
 * Fetches an export with the signed-in bearer token (a plain link cannot send it), reporting progress as the body
 * arrives, and returns the file. Errors carry the server's message; a network failure becomes `ExportError` with
 * code null so the caller can say so in Chinese.
 */
export async function fetchExport(
  kind: ExportKind,
  orgUnitId: string,
  month: string,
  onProgress?: (progress: DownloadProgress) => void,
  fetchImpl: typeof fetch = fetch,
): Promise<{ blob: Blob; fileName: string }> {
  const token = getToken();
  let response: Response;
  try {
    response = await fetchImpl(exportUrl(kind, orgUnitId, month), {
      headers: token ? { Authorization: `Bearer ${token}` } : {},
    });
  } catch {
    throw new ExportError('', null);
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { code?: string; message?: string } | null;
    throw new ExportError(body?.message ?? '', body?.code ?? `HTTP_${response.status}`);
  }
  const header = response.headers.get('Content-Length');
  const total = header && Number(header) > 0 ? Number(header) : null;
  const type = response.headers.get('Content-Type') ?? 'application/octet-stream';
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  const reader = response.body?.getReader();
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      loaded += value.byteLength;
      onProgress?.({ loaded, total });
    }
  } else {
    const buffer = new Uint8Array(await response.arrayBuffer());
    chunks.push(buffer);
    loaded = buffer.byteLength;
    onProgress?.({ loaded, total });
  }
  const fallback = `${kind === 'xlsx' ? 'monthly-report' : 'monthly-register'}-${month}.${kind}`;
  return { blob: new Blob(chunks as BlobPart[], { type }), fileName: fileNameFrom(response.headers.get('Content-Disposition'), fallback) };
}

/** Hands a blob to the browser as a download. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start reading the URL only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
