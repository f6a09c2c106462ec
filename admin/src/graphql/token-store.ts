const TOKEN_STORAGE_KEY = 'kesu.token';

export function getToken(): string | null {
  try {
    return globalThis.localStorage?.getItem(TOKEN_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

export function setToken(token: string): void {
  globalThis.localStorage?.setItem(TOKEN_STORAGE_KEY, token);
}

export function clearToken(): void {
  try {
    globalThis.localStorage?.removeItem(TOKEN_STORAGE_KEY);
  } catch {
    // Nothing stored that could be cleared.
  }
}
