/**
 * Serves the built module (dist/) on localhost and prints its address.
 * Plain Node, no dependencies: byte ranges for video seeking, directory index pages, a 404,
 * gzip for text as any production web server does, and each page's Content-Security-Policy sent
 * as a header too (see securityHeaders).
 *
 *   node scripts/serve.mjs [--port 4321] [--dir dist] [--host 127.0.0.1]
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createGzip } from 'node:zlib';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4321' },
    dir: { type: 'string', default: 'dist' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});

const root = path.resolve(values.dir);
if (!existsSync(path.join(root, 'index.html'))) {
  console.error(`There is no built module in ${root}. Run "npm run build" first.`);
  process.exit(1);
}

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.mp4': 'video/mp4',
  '.vtt': 'text/vtt; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xsd': 'application/xml; charset=utf-8',
  '.zip': 'application/zip',
};

/** Maps a URL path to a file inside root, or null; never escapes root. */
function resolveFile(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const candidate = path.resolve(root, `.${decoded}`);
  if (candidate !== root && !candidate.startsWith(root + path.sep)) return null;
  if (existsSync(candidate) && statSync(candidate).isDirectory()) {
    const index = path.join(candidate, 'index.html');
    return existsSync(index) ? index : null;
  }
  return existsSync(candidate) ? candidate : null;
}

/**
 * Every page carries its Content-Security-Policy in a <meta> (Astro's security.csp); a server
 * can send the same policy as a header, which also covers what comes before the <meta> in the
 * page. This is how a trust's web server could do it. No frame-ancestors: LMSs frame the module.
 */
function securityHeaders(file) {
  const headers = { 'Referrer-Policy': 'no-referrer' };
  if (!file.endsWith('.html')) return headers;
  const policy = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(
    readFileSync(file, 'utf8'),
  )?.[1];
  return policy
    ? {
        ...headers,
        'Content-Security-Policy': policy
          .replace(/&#39;/g, "'")
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, '&'),
      }
    : headers;
}

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname !== '/' && !path.extname(url.pathname) && !url.pathname.endsWith('/')) {
    response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  const file = resolveFile(url.pathname);
  if (!file) {
    const notFound = path.join(root, '404.html');
    response.writeHead(404, { 'Content-Type': types['.html'] });
    if (existsSync(notFound)) createReadStream(notFound).pipe(response);
    else response.end('Not found');
    return;
  }
  const { size } = statSync(file);
  const headers = {
    'Content-Type': types[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Accept-Ranges': 'bytes',
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    ...securityHeaders(file),
  };
  // Browsers seek in video with byte ranges; without them scenes cannot start mid-file.
  const range = /^bytes=(\d*)-(\d*)$/.exec(request.headers.range ?? '');
  if (range && (range[1] || range[2])) {
    const start = range[1] ? Number(range[1]) : Math.max(0, size - Number(range[2]));
    const end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
    if (start >= size || start > end) {
      response.writeHead(416, { 'Content-Range': `bytes */${size}` }).end();
      return;
    }
    response.writeHead(206, {
      ...headers,
      'Content-Range': `bytes ${start}-${end}/${size}`,
      'Content-Length': end - start + 1,
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file, { start, end }).pipe(response);
    return;
  }
  // Text is compressed, as web servers and most LMS content servers do; media is sent as it is.
  const compressible = /^(text\/|application\/(json|xml)|image\/svg)/.test(headers['Content-Type']);
  if (compressible && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
    const { 'Accept-Ranges': _ranges, ...textHeaders } = headers;
    response.writeHead(200, {
      ...textHeaders,
      'Content-Encoding': 'gzip',
      Vary: 'Accept-Encoding',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(createGzip()).pipe(response);
    return;
  }
  response.writeHead(200, {
    ...headers,
    'Content-Length': size,
    ...(compressible ? { Vary: 'Accept-Encoding' } : {}),
  });
  if (request.method === 'HEAD') response.end();
  else createReadStream(file).pipe(response);
});

server.listen(Number(values.port), values.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : values.port;
  console.log(
    `Across the Interface is running at http://${values.host === '0.0.0.0' ? 'localhost' : values.host}:${port}/`,
  );
  console.log('Press Ctrl+C to stop.');
});
