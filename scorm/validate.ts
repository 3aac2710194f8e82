import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ScormVersion } from './schemas';

/**
 * Validates a manifest with xmllint (Debian: libxml2-utils) against schema files, normally the
 * ones the package itself ships. xmllint takes one schema and ignores xsi:schemaLocation, and
 * imscp's lax wildcards would silently skip adlcp/imsss elements, so a small driver schema
 * imports every namespace the manifest uses.
 */
const driverImports: Record<ScormVersion, Array<[namespace: string, file: string]>> = {
  scorm12: [
    ['http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'imscp_rootv1p1p2.xsd'],
    ['http://www.adlnet.org/xsd/adlcp_rootv1p2', 'adlcp_rootv1p2.xsd'],
    ['http://www.imsglobal.org/xsd/imsmd_rootv1p2p1', 'imsmd_rootv1p2p1.xsd'],
  ],
  scorm2004: [
    ['http://www.imsglobal.org/xsd/imscp_v1p1', 'imscp_v1p1.xsd'],
    ['http://www.adlnet.org/xsd/adlcp_v1p3', 'adlcp_v1p3.xsd'],
    ['http://www.adlnet.org/xsd/adlseq_v1p3', 'adlseq_v1p3.xsd'],
    ['http://www.adlnet.org/xsd/adlnav_v1p3', 'adlnav_v1p3.xsd'],
    ['http://www.imsglobal.org/xsd/imsss', 'imsss_v1p0.xsd'],
  ],
};

export function driverSchema(version: ScormVersion): string {
  const imports = driverImports[version]
    .map(([namespace, file]) => `  <xsd:import namespace="${namespace}" schemaLocation="${file}"/>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:x-local:${version}-driver" elementFormDefault="qualified">
${imports}
</xsd:schema>
`;
}

export function hasXmllint(): boolean {
  return spawnSync('xmllint', ['--version'], { encoding: 'utf8' }).status === 0;
}

export interface Validation {
  valid: boolean;
  /** What xmllint said. */
  output: string;
}

/** Validates `manifest` against `schemaFiles` (name → bytes), in a scratch folder. */
export function validateManifest(
  version: ScormVersion,
  manifest: string,
  schemaFiles: ReadonlyMap<string, Uint8Array>,
): Validation {
  const dir = mkdtempSync(path.join(tmpdir(), 'scorm-validate-'));
  try {
    for (const [name, bytes] of schemaFiles) writeFileSync(path.join(dir, name), bytes);
    writeFileSync(path.join(dir, 'driver.xsd'), driverSchema(version));
    writeFileSync(path.join(dir, 'imsmanifest.xml'), manifest);
    const result = spawnSync(
      'xmllint',
      ['--nonet', '--noout', '--schema', 'driver.xsd', 'imsmanifest.xml'],
      { cwd: dir, encoding: 'utf8' },
    );
    if (result.error) throw result.error;
    return { valid: result.status === 0, output: `${result.stdout}${result.stderr}`.trim() };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
