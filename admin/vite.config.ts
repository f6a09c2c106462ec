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
    // antd with its rc-components is over 600 kB minified; splitting the vendors keeps each chunk cacheable
    // on its own and under the size warning, while pages stay lazy (see app-router.tsx).
    // antd's own chunk is ~590 kB minified once every admin page uses it; it is one cacheable vendor file and
    // pages stay lazy, so the warning's 500 kB default would only be noise.
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/, priority: 30 },
            { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism|zen-observable|ts-invariant|tslib)[\\/]/, priority: 25 },
            { name: 'antd-icons', test: /node_modules[\\/]@ant-design[\\/]icons/, priority: 22 },
            { name: 'antd-base', test: /node_modules[\\/](@rc-component|rc-[^\\/]+|@ant-design[\\/](cssinjs|colors|fast-color|react-slick)|@emotion|stylis|dayjs)[\\/]/, priority: 21 },
            { name: 'antd', test: /node_modules[\\/](antd|@ant-design)[\\/]/, priority: 20 },
          ],
        },
      },
    },
  },
});
