import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const apiTarget = process.env.KESU_API_URL ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: apiTarget, changeOrigin: true, ws: true },
      '/healthz': { target: apiTarget, changeOrigin: true },
      '/export': { target: apiTarget, changeOrigin: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // React and Apollo are needed on every page and change rarely: each its own long-cached chunk. antd is left to
    // the bundler on purpose: grouped into one vendor chunk it was preloaded whole (320 kB gzip) by the login page;
    // split naturally, the login page loads only the components it uses and each page brings its own. The initial
    // JavaScript is held to a budget by build-checks/bundle-budget.test.ts.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/, priority: 30 },
            { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism|zen-observable|ts-invariant|tslib)[\\/]/, priority: 25 },
          ],
        },
      },
    },
  },
});
