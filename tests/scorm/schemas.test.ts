import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSchemaFiles, schemaFolder, schemaSets, sha256 } from '../../scorm/schemas';

/**
 * SHA-256 of the official SCORM 1.2 schema files with LF line endings, from the reference set the
 * project keeps for cross-checking (shared/scorm-xsd/SHA256SUMS).
 */
const referenceScorm12 = {
  'adlcp_rootv1p2.xsd': '166397a1f52585caac857228cf2b10085a5d07c0612a3d55cb3ed108ce8b028a',
  'ims_xml.xsd': '1b3a43ddef4fa814a6dce69c4dbbfc25e00e0edc76a0cccfec7ed0a59c6a37b0',
  'imscp_rootv1p1p2.xsd': 'e45606348d7f517874d70ec102796526a63a85e54a4a1db5e6a5944449674d31',
  'imsmd_rootv1p2p1.xsd': '83879be70d6bdff1d8788d4efcb12d51380de1b242f1a2a16e271a040dce8a5d',
};

describe('the schema control files', () => {
  it.each(['scorm12', 'scorm2004'] as const)(
    'for %s come from the dependency and match their pins',
    (version) => {
      const files = readSchemaFiles(version);
      expect([...files.keys()]).toEqual(schemaSets[version].files.map((file) => file.name));
    },
  );

  it('for SCORM 1.2 are the reference files, line endings aside', () => {
    for (const [name, expected] of Object.entries(referenceScorm12)) {
      const text = readFileSync(path.join(schemaFolder('scorm12'), name), 'latin1').replace(
        /\r\n/g,
        '\n',
      );
      expect(sha256(Buffer.from(text, 'latin1')), name).toBe(expected);
      expect(schemaSets.scorm12.files.find((file) => file.name === name)?.lfSha256).toBe(expected);
    }
  });

  it('include everything the SCORM 2004 schemas include or import', () => {
    const shipped = new Set(schemaSets.scorm2004.files.map((file) => file.name));
    for (const [name, bytes] of readSchemaFiles('scorm2004')) {
      const text = new TextDecoder().decode(bytes);
      // Absolute locations appear only in documentation (xml.xsd's usage example), never in imports.
      for (const match of text.matchAll(/schemaLocation\s*=\s*"(?!https?:)([^"]+)"/g))
        expect(shipped, `${name} needs ${match[1]}`).toContain(match[1]);
    }
  });
});
