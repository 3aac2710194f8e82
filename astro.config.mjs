// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { contentIntegrity } from './src/integrity/astro-integration.ts';
import { loadSettings } from './src/settings/load-settings.ts';
import { portableBuild } from './src/integrations/portable-build.ts';

// The trust's accent colour reaches the stylesheet at build time, so no inline style is needed.
const settings = loadSettings(process.cwd());

export default defineConfig({
  // Static HTML only: the module must run from any web server or LMS without a Node process.
  output: 'static',
  // Directory URLs ("/scenarios/x/") let the same links work when the site is served from disk.
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentIntegrity(), mdx(), react(), portableBuild()],
  devToolbar: { enabled: false },
  vite: {
    css: { preprocessorOptions: { scss: { additionalData: `$app-accent: ${settings.accentColour};` } } },
  },
});
