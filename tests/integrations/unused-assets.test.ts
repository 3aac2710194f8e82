import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { unusedAssetFolders, unusedLanguageFiles } from '../../src/integrations/unused-assets';

let site = '';
afterEach(() => rmSync(site, { recursive: true, force: true }));

function buildWith(files: string[]) {
  site = mkdtempSync(path.join(tmpdir(), 'unused-assets-'));
  for (const file of files) {
    mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
    writeFileSync(path.join(site, file), '');
  }
}

describe('files a build carries that its settings do not use', () => {
  const files = [
    'videos/fit-note/vlog.mp4',
    'videos/results/vlog.mp4',
    'videos/results/captions.vtt',
    'trusts/northshire/logo.svg',
    'trusts/westvale/logo.png',
    'index.html',
  ];

  it('are the vlogs of scenarios left out, and every other organisation’s folder', () => {
    buildWith(files);
    const settings = {
      scenarios: [{ id: 'results', required: true }],
      organisation: {
        name: 'Westvale NHS Trust',
        shortName: 'Westvale',
        logo: 'trusts/westvale/logo.png',
      },
    };
    expect(unusedAssetFolders(site, settings)).toEqual(['videos/fit-note', 'trusts/northshire']);
  });

  it('include every organisation folder when the settings have no logo (the national build)', () => {
    buildWith(files);
    const settings = {
      scenarios: [
        { id: 'results', required: true },
        { id: 'fit-note', required: false },
      ],
      organisation: { name: 'Your NHS trust', shortName: 'Your trust' },
    };
    expect(unusedAssetFolders(site, settings)).toEqual(['trusts/northshire', 'trusts/westvale']);
  });

  it('are none in a build without those folders', () => {
    buildWith(['index.html']);
    expect(
      unusedAssetFolders(site, { scenarios: [], organisation: { name: 'A', shortName: 'A' } }),
    ).toEqual([]);
  });
});

describe('vlog files in a language the settings do not offer', () => {
  const files = [
    'videos/results/vlog.mp4',
    'videos/results/vlog.cy.mp4',
    'videos/results/captions.vtt',
    'videos/results/captions.cy.vtt',
    'videos/results/chapters.cy.vtt',
    'videos/results/poster.jpg',
    'index.html',
  ];

  it('are the Welsh vlog, captions and chapters of an English-only build', () => {
    buildWith(files);
    expect(unusedLanguageFiles(site, { languages: ['en'] }).sort()).toEqual([
      'videos/results/captions.cy.vtt',
      'videos/results/chapters.cy.vtt',
      'videos/results/vlog.cy.mp4',
    ]);
  });

  it('are none where Welsh is offered, first or second', () => {
    buildWith(files);
    expect(unusedLanguageFiles(site, { languages: ['cy', 'en'] })).toEqual([]);
    expect(unusedLanguageFiles(site, { languages: ['en', 'cy'] })).toEqual([]);
  });
});
