/**
 * npm run preview:lms — a local stand-in for a trust's LMS, to check a package before uploading
 * it. It serves each package's files, unzipped in memory, from a deep sub-path the way an LMS
 * content server does (exact file names only: no folder index pages, letter case matters), and a
 * player page that provides the SCORM API with scorm-again, shows the CMI data live, and can close
 * and relaunch the module (the CMI data is kept, as an LMS keeps it), reset, and inject faults.
 *
 *   npm run preview:lms                          the packages in scorm/out/
 *   npm run preview:lms -- --zip path/to.zip     any package (repeat --zip)
 *   npm run preview:lms -- --dir some/folder     every package in a folder
 *   npm run preview:lms -- --port 4330
 *
 * The player's address takes ?activity=<name> to add the same package as another activity (its
 * own content path and LMS record), and ?fail=… to inject faults; see player.js.
 *
 * Content is also served from a second origin (the next port, or --content-port), behind an
 * adapter frame that holds the API, as ESR's trust content servers do: open the player with
 * ?crossorigin=1.
 *
 * See docs/lms.md.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { unzipSync } from 'fflate';

const root = path.resolve(import.meta.dirname, '..', '..');
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4330' },
    'content-port': { type: 'string' },
    host: { type: 'string', default: '127.0.0.1' },
    zip: { type: 'string', multiple: true },
    dir: { type: 'string', default: path.join(root, 'scorm', 'out') },
  },
});

/** The trust and course path the player and content live under, as deep as a real LMS's. */
export const coursePath = '/lms/courses/trust-a';

interface Course {
  slug: string;
  zipFile: string;
  version: '1.2' | '2004';
  title: string;
  launch: string;
  files: Map<string, Uint8Array>;
  loadedMtime: number;
}

const types: Record<string, string> = {
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
  '.mp4': 'video/mp4',
  '.vtt': 'text/vtt; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xsd': 'application/xml; charset=utf-8',
  '.dtd': 'application/xml-dtd',
  '.map': 'application/json; charset=utf-8',
};

/** XML's five predefined entities and character references, as in a manifest's <title>. */
const decodeXmlText = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_whole, entity: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (entity[0] !== '#') return named[entity.toLowerCase()]!;
    return String.fromCodePoint(
      entity[1]?.toLowerCase() === 'x' ? parseInt(entity.slice(2), 16) : Number(entity.slice(1)),
    );
  });
const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function zipFiles(): string[] {
  if (values.zip?.length) return values.zip.map((file) => path.resolve(file));
  const outDir = path.resolve(values.dir);
  try {
    return readdirSync(outDir)
      .filter((name) => name.endsWith('.zip'))
      .sort()
      .map((name) => path.join(outDir, name));
  } catch {
    return [];
  }
}

/** Reads a package: its files, and from its manifest the SCORM version, title and launch page. */
function readCourse(zipFile: string, slug: string): Course {
  const files = new Map(Object.entries(unzipSync(readFileSync(zipFile))));
  const manifestBytes = files.get('imsmanifest.xml');
  if (!manifestBytes) throw new Error(`${zipFile} has no imsmanifest.xml at its root`);
  const manifest = new TextDecoder().decode(manifestBytes);
  const version = manifest.includes('http://www.imsproject.org/xsd/imscp_rootv1p1p2')
    ? '1.2'
    : '2004';
  const sco = /<resource\b[^>]*\bscorm[tT]ype="sco"[^>]*>/.exec(manifest)?.[0] ?? '';
  const launch = decodeURIComponent(/\shref="([^"]+)"/.exec(sco)?.[1] ?? '');
  const rawTitle = /<organization\b[^>]*>\s*<title>([^<]*)<\/title>/.exec(manifest)?.[1];
  const title = rawTitle === undefined ? path.basename(zipFile) : decodeXmlText(rawTitle);
  if (!launch) throw new Error(`${zipFile}: the manifest has no SCO resource with an href`);
  return { slug, zipFile, version, title, launch, files, loadedMtime: statSync(zipFile).mtimeMs };
}

let courses: Course[] = [];
/** Reads the packages again when one changes (npm run package while the preview runs). */
function loadCourses(): Course[] {
  const files = zipFiles();
  // A package already loaded keeps its address (and its saved LMS record) however the new zips
  // sort; only a package seen for the first time takes the next free one.
  const used = new Set(
    courses.filter((course) => files.includes(course.zipFile)).map((course) => course.slug),
  );
  courses = files.flatMap((zipFile) => {
    const previous = courses.find((course) => course.zipFile === zipFile);
    try {
      if (previous && previous.loadedMtime === statSync(zipFile).mtimeMs) return [previous];
      const base = /scorm12/i.test(path.basename(zipFile))
        ? 'scorm12'
        : /scorm2004/i.test(path.basename(zipFile))
          ? 'scorm2004'
          : 'package';
      let slug = previous?.slug;
      if (!slug) {
        slug = base;
        for (let n = 2; used.has(slug); n += 1) slug = `${base}-${n}`;
        used.add(slug);
      }
      return [readCourse(zipFile, slug)];
    } catch (error) {
      // Half-written or not a package: keep what was there, and say why.
      console.error(
        `Could not read ${zipFile}: ${error instanceof Error ? error.message : String(error)}`,
      );
      return previous ? [previous] : [];
    }
  });
  return courses;
}

function send(
  response: ServerResponse,
  status: number,
  body: string | Uint8Array,
  type = 'text/html; charset=utf-8',
  extra: Record<string, string> = {},
) {
  response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...extra });
  response.end(body);
}

function serveBytes(
  request: IncomingMessage,
  response: ServerResponse,
  bytes: Uint8Array,
  type: string,
) {
  const range = /^bytes=(\d*)-(\d*)$/.exec(request.headers.range ?? '');
  if (range && (range[1] || range[2])) {
    const size = bytes.byteLength;
    const start = range[1] ? Number(range[1]) : Math.max(0, size - Number(range[2]));
    const end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
    if (start >= size || start > end)
      return send(response, 416, '', type, { 'Content-Range': `bytes */${size}` });
    response.writeHead(206, {
      'Content-Type': type,
      'Content-Range': `bytes ${start}-${end}/${size}`,
      'Content-Length': String(end - start + 1),
      'Accept-Ranges': 'bytes',
      'Cache-Control': 'no-store',
    });
    return response.end(bytes.subarray(start, end + 1));
  }
  response.writeHead(200, {
    'Content-Type': type,
    'Content-Length': String(bytes.byteLength),
    'Accept-Ranges': 'bytes',
    'Cache-Control': 'no-store',
  });
  response.end(request.method === 'HEAD' ? undefined : bytes);
}

const require = createRequire(import.meta.url);
const assets: Record<string, () => [Uint8Array, string]> = {
  'scorm12.js': () => [readFileSync(require.resolve('scorm-again/scorm12/min')), types['.js']!],
  'scorm2004.js': () => [readFileSync(require.resolve('scorm-again/scorm2004/min')), types['.js']!],
  'player.js': () => [readFileSync(path.join(import.meta.dirname, 'player.js')), types['.js']!],
  'player.css': () => [readFileSync(path.join(import.meta.dirname, 'player.css')), types['.css']!],
};

function indexPage(): string {
  const items = courses
    .map(
      (course) =>
        `<li><a href="${coursePath}/player/${course.slug}/">${escapeHtml(course.title)}, SCORM ${course.version}</a> <span class="muted">${escapeHtml(path.relative(root, course.zipFile))}</span></li>`,
    )
    .join('\n');
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>LMS preview</title><link rel="icon" href="data:,"><link rel="stylesheet" href="/lms/assets/player.css"></head>
<body class="preview"><main class="preview__main"><h1>LMS preview</h1>
${courses.length ? `<p>Packages found:</p><ul>${items}</ul>` : '<p>No packages found. Run <code>npm run package</code> first, or pass <code>--zip path/to/package.zip</code>.</p>'}
</main></body></html>`;
}

function playerPage(course: Course, contentOrigin: string | null): string {
  const config = {
    slug: course.slug,
    version: course.version,
    title: course.title,
    contentBase: `${coursePath}/content/${course.slug}/`,
    launch: course.launch,
    adapter: `${coursePath}/adapter/${course.slug}/`,
    contentOrigin,
  };
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(course.title)}: LMS preview</title><link rel="icon" href="data:,"><link rel="stylesheet" href="/lms/assets/player.css"></head>
<body class="preview">
<header class="preview__header"><p class="preview__crumb"><a href="/lms/">LMS preview</a> › Trust A › ${escapeHtml(course.title)} (SCORM ${course.version})</p>
<div class="preview__controls" role="group" aria-label="Player">
<button type="button" id="launch">Launch</button>
<button type="button" id="close">Close</button>
<button type="button" id="relaunch">Close and relaunch</button>
<button type="button" id="new-attempt">Start a new attempt</button>
<button type="button" id="review">Review the attempt</button>
<button type="button" id="reset">Reset the learner's attempt</button>
<span id="player-state" class="preview__state" role="status">Not launched</span>
</div>
<p class="preview__faults" id="faults"></p>
</header>
<div class="preview__body">
<section class="preview__stage" aria-label="Course"><div id="stage" class="preview__frame-holder"></div></section>
<aside class="preview__panel" aria-label="CMI data">
<h2>CMI data</h2><table id="cmi" class="preview__cmi"><tbody></tbody></table>
<h2>API calls</h2><ol id="calls" class="preview__calls" reversed></ol>
</aside>
</div>
<script type="application/json" id="preview-config">${JSON.stringify(config).replace(/</g, '\\u003c')}</script>
<script src="/lms/assets/scorm${course.version === '1.2' ? '12' : '2004'}.js"></script>
<script src="/lms/assets/player.js"></script>
</body></html>`;
}

/** The adapter frame for cross-origin mode: holds the API next to the content, as ESR does. */
function adapterPage(course: Course): string {
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Adapter</title><link rel="icon" href="data:,"><link rel="stylesheet" href="/lms/assets/player.css"></head>
<body class="preview preview--adapter"><div id="stage" class="preview__frame-holder"></div>
<script type="application/json" id="preview-config">${JSON.stringify({ slug: course.slug, version: course.version, title: course.title, contentBase: `${coursePath}/content/${course.slug}/`, launch: course.launch, role: 'adapter' }).replace(/</g, '\\u003c')}</script>
<script src="/lms/assets/scorm${course.version === '1.2' ? '12' : '2004'}.js"></script>
<script src="/lms/assets/player.js"></script>
</body></html>`;
}

function handler(contentOrigin: string | null) {
  return (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const pathname = url.pathname;
    if (pathname === '/' || pathname === '/lms')
      return send(response, 302, '', 'text/plain', { Location: '/lms/' });
    loadCourses();
    if (pathname === '/lms/') return send(response, 200, indexPage());
    const asset = /^\/lms\/assets\/([\w.]+)$/.exec(pathname)?.[1];
    if (asset && assets[asset]) {
      const [bytes, type] = assets[asset]();
      return send(response, 200, bytes, type);
    }
    const player = new RegExp(`^${coursePath}/player/([\\w-]+)/$`).exec(pathname);
    const playerCourse = player && courses.find((course) => course.slug === player[1]);
    if (playerCourse) return send(response, 200, playerPage(playerCourse, contentOrigin));
    const adapter = new RegExp(`^${coursePath}/adapter/([\\w-]+)/$`).exec(pathname);
    const adapterCourse = adapter && courses.find((course) => course.slug === adapter[1]);
    if (adapterCourse) return send(response, 200, adapterPage(adapterCourse));
    // A package's content, or the same package added again as another activity
    // (…/activity/<name>/content/<slug>/…), as an LMS serves each activity from its own path.
    const content = new RegExp(`^${coursePath}/(?:activity/[\\w-]+/)?content/([\\w-]+)/(.*)$`).exec(
      pathname,
    );
    const contentCourse = content && courses.find((course) => course.slug === content[1]);
    if (content && contentCourse) {
      let file: string;
      try {
        file = decodeURIComponent(content[2]!);
      } catch {
        return send(response, 400, 'Bad path');
      }
      // Like an LMS content store: the exact file or nothing. No index.html for folders.
      const bytes = contentCourse.files.get(file);
      if (!bytes || file.endsWith('/'))
        return send(
          response,
          404,
          `<!doctype html><title>Not found</title><h1>Not found</h1><p>${escapeHtml(file)} is not in the package.</p>`,
        );
      return serveBytes(
        request,
        response,
        bytes,
        types[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      );
    }
    return send(response, 404, '<!doctype html><title>Not found</title><h1>Not found</h1>');
  };
}

/** Starts one server; resolves once it listens, or stops the preview with a plain message. */
function listen(port: number, contentOrigin: string | null, label: string): Promise<void> {
  const handle = handler(contentOrigin);
  const server = createServer((request, response) => {
    try {
      handle(request, response);
    } catch (error) {
      console.error(error);
      if (!response.headersSent)
        send(
          response,
          500,
          'The LMS preview failed on this request; see its console.',
          'text/plain',
        );
    }
  });
  return new Promise((resolve) => {
    server.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EADDRINUSE') throw error;
      console.error(
        `The LMS preview cannot start: port ${port} on ${values.host} is already in use (${label}).`,
      );
      console.error(
        `Stop whatever is using it, or choose other ports: npm run preview:lms -- --port ${Number(values.port) + 100} (the content server takes the next port; set it with --content-port).`,
      );
      process.exit(1);
    });
    server.listen(port, values.host, resolve);
  });
}

loadCourses();
const port = Number(values.port);
const contentPort = values['content-port'] ? Number(values['content-port']) : port + 1;
const contentOrigin = `http://${values.host}:${contentPort}`;
await Promise.all([
  listen(port, contentOrigin, 'the LMS preview'),
  listen(contentPort, null, 'its content server'),
]);
console.log(`LMS preview: http://${values.host}:${port}/lms/`);
console.log(
  `Content server (second origin, for ?crossorigin=1): http://${values.host}:${contentPort}/lms/`,
);
if (!courses.length) console.log('No packages in scorm/out yet: run npm run package.');
for (const course of courses)
  console.log(
    `  ${course.title}, SCORM ${course.version}: http://${values.host}:${port}${coursePath}/player/${course.slug}/`,
  );
console.log('Press Ctrl+C to stop.');
