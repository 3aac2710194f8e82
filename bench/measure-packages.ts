/**
 * The SCORM packages' sizes: each zip as npm run package writes it, and the same package zipped
 * the same way without its video files (what a trust uploads if it hosts the vlogs elsewhere,
 * and the part of the package the code and content are responsible for).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { zipPackage } from '../scorm/build-package';

export interface PackageSize {
  /** scorm12 or scorm2004, from the file name. */
  version: string;
  file: string;
  bytes: number;
  withoutVideos: number;
  videoFiles: number;
}

const isVideo = (name: string) => /\.(mp4|webm|m4v)$/i.test(name);

export function measurePackages(outDir: string): PackageSize[] {
  return readdirSync(outDir)
    .filter((name) => name.endsWith('.zip'))
    .sort()
    .map((name) => {
      const zip = readFileSync(path.join(outDir, name));
      const files = new Map(Object.entries(unzipSync(new Uint8Array(zip))));
      const videos = [...files.keys()].filter(isVideo);
      for (const video of videos) files.delete(video);
      return {
        version: /scorm2004/.test(name)
          ? 'scorm2004'
          : /scorm12/.test(name)
            ? 'scorm12'
            : name.replace(/\.zip$/, ''),
        file: name,
        bytes: zip.byteLength,
        withoutVideos: zipPackage(files).byteLength,
        videoFiles: videos.length,
      };
    });
}
