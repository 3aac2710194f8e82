/**
 * What `npm run videos` needs from the system rather than node_modules: ffmpeg, espeak-ng and the
 * DejaVu Sans font. One answer for the new-scenario command, its tests and CI (.ci/run installs them).
 */
import { spawnSync } from 'node:child_process';
import { findFonts } from './render';

const runs = (command: string, flag: string) =>
  spawnSync(command, [flag], { stdio: 'ignore' }).status === 0;

/** The Debian packages still to install before placeholder vlogs can be made; none when all are here. */
export function missingVlogTools(): string[] {
  const fontsFound = (() => {
    try {
      return Boolean(findFonts());
    } catch {
      return false;
    }
  })();
  return [
    ...(runs('ffmpeg', '-version') ? [] : ['ffmpeg']),
    ...(runs('espeak-ng', '--version') ? [] : ['espeak-ng']),
    ...(fontsFound ? [] : ['fonts-dejavu-core']),
  ];
}

/** The command that installs them, for messages. */
export const vlogToolsInstall = 'sudo apt-get install ffmpeg espeak-ng fonts-dejavu-core';
