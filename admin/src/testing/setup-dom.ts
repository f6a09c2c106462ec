// Runs before every test file. Only files that opt into a DOM (`// @vitest-environment jsdom`) get one; the
// node-environment tests (unit, e2e) skip all of this.
import { afterEach } from 'vitest';
// Pages get every feature's messages from the router; tests render pages directly, so they load them here.
import '../i18n/feature-messages';

if (typeof window !== 'undefined') {
  // antd reads media queries (Grid, responsive Layout); jsdom has no matchMedia.
  if (!window.matchMedia) {
    Object.defineProperty(window, 'matchMedia', {
      writable: true,
      value: (query: string) => ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => {},
        removeListener: () => {},
        addEventListener: () => {},
        removeEventListener: () => {},
        dispatchEvent: () => false,
      }),
    });
  }
  // antd's Table, Tabs and ellipsis cells measure themselves with ResizeObserver; jsdom has none.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  // Testing Library unmounts after each test only by itself when test globals are on; they are off here.
  const { cleanup } = await import('@testing-library/react');
  afterEach(() => cleanup());
}
