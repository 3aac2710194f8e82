/**
 * Adds lockfile entries for other platforms' optional binaries that this registry mirror does not
 * carry (it serves only the packages for this machine's platform). Without an entry, `npm ci`
 * reports the lockfile "out of sync" and stops; with an entry carrying the platform's os and cpu,
 * npm skips the package here and fetches it by name@version on a machine that needs it.
 *
 * Run after any change to dependencies:  node scripts/complete-lockfile.mjs
 */
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const packages = lock.packages;

const systems = ['android', 'darwin', 'freebsd', 'linux', 'openbsd', 'sunos', 'win32', 'aix'];
const cpus = ['arm64', 'riscv64', 'x64', 'ia32', 'arm', 'ppc64', 's390x', 'wasm32', 'loong64'];

/** Reads the platform from names like "sass-embedded-linux-musl-arm64" or "...-win32-x64-msvc". */
function platformOf(name) {
  const parts = name.split('/').at(-1).split('-');
  const os = systems.find((system) => parts.includes(system));
  const cpu = cpus.find((candidate) => parts.includes(candidate));
  // Catch-all builds ("all-unknown", "unknown-all") are for platforms none of the others cover.
  return { os: os ? [os] : systems.map((system) => `!${system}`), ...(cpu ? { cpu: [cpu] } : {}) };
}

let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = `${path ? `${path}/` : ''}node_modules/${name}`;
    if (packages[`node_modules/${name}`] || packages[nested]) continue;
    packages[`node_modules/${name}`] = { version, optional: true, ...platformOf(name) };
    added += 1;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(
  added
    ? `Added ${added} other-platform entries to package-lock.json.`
    : 'package-lock.json already lists every optional binary.',
);
