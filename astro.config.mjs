// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { contentIntegrity } from './src/integrity/astro-integration.ts';
import { loadSettings } from './src/settings/load-settings.ts';
import { portableBuild } from './src/integrations/portable-build.ts';
import { unusedAssets } from './src/integrations/unused-assets.ts';

/**
 * The policy's other directives. No frame-ancestors: a <meta> policy cannot set it, and LMSs
 * frame the module. blob: is not needed: downloads are Blob URLs opened by <a download>, which
 * no fetch directive governs.
 */
const cspDirectives = /** @type {const} */ ([
  "default-src 'self'",
  "img-src 'self' data:", // the stylesheets' icons are data: SVGs
  "font-src 'self' data:", // video.js's icon font is a data: URL inside its stylesheet
  "media-src 'self'",
  "connect-src 'self'",
  "frame-src 'self'", // the SCORM launcher shows the module's pages in a frame
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
]);

// The trust's accent colour reaches the stylesheet at build time, so no inline style is needed.
const settings = loadSettings(process.cwd());

export default defineConfig({
  // Static HTML only: the module must run from any web server or LMS without a Node process.
  output: 'static',
  // Directory URLs ("/scenarios/x/") let the same links work when the site is served from disk.
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentIntegrity(), mdx(), react(), portableBuild(), unusedAssets(settings)],
  devToolbar: { enabled: false },
  // A strict Content-Security-Policy in a <meta> on every page (docs/performance.md#security).
  // Astro writes script-src and style-src itself, with hashes of its own inline scripts and
  // styles; nothing inline is allowed otherwise, and nothing loads from another origin.
  security: { csp: { directives: [...cspDirectives] } },
  // Shiki colours code blocks with inline style attributes, which that policy refuses; the
  // content has no code blocks, so nothing is lost.
  markdown: { syntaxHighlight: false },
  vite: {
    // Browser storage keys are scoped by the module's id (src/storage/browser-storage.ts).
    define: { 'import.meta.env.ACROSS_MODULE_ID': JSON.stringify(settings.module.id) },
    css: {
      preprocessorOptions: { scss: { additionalData: `$app-accent: ${settings.accentColour};` } },
    },
  },
});
