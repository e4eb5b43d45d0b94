import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * index.html carries the Content-Security-Policy the built app runs under. The dev
 * server's React Refresh preamble is an inline script that this policy refuses, so the
 * dev server (only) serves the page without the meta tag. Builds keep it untouched.
 */
function devWithoutCsp(): Plugin {
  return {
    name: 'backoffice:dev-without-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/, ''),
  };
}

export default defineConfig({
  root: here('.'),
  base: './',
  plugins: [react(), devWithoutCsp()],
  build: {
    outDir: here('../dist/renderer'),
    emptyOutDir: true,
    target: 'chrome130',
    // dist/ is what the installer carries: no source maps in it.
    sourcemap: false,
    // Loaded from disk by the desktop window, not over a network: one ~600 kB entry is fine.
    chunkSizeWarningLimit: 900,
    rolldownOptions: {
      input: here('index.html'),
    },
  },
});
