import type { ScormVersion } from './schemas';

/**
 * imsmanifest.xml for a single-SCO package, written by hand rather than by an npm packager:
 * the packagers' manifests fail the official schemas. Tests validate what this writes with
 * xmllint against the schema files the package itself ships.
 */
export interface ManifestInput {
  version: ScormVersion;
  moduleId: string;
  title: string;
  contentVersion: string;
  /** The SCO's launch page, relative to the package root. */
  launch: string;
  /** Every file of the content, relative to the package root, "/" separated. */
  files: readonly string[];
}

const escapeXml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

/** A path as a URI reference: each segment percent-encoded, "/" kept. */
export const fileHref = (file: string) => file.split('/').map(encodeURIComponent).join('/');

/** xs:ID values are NCNames: they may not start with a digit, "-" or ".". */
const ncName = (text: string) => (/^[A-Za-z_]/.test(text) ? text : `m-${text}`);

const namespaces: Record<ScormVersion, Array<[prefix: string, uri: string, schema?: string]>> = {
  scorm12: [
    ['', 'http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'imscp_rootv1p1p2.xsd'],
    ['adlcp', 'http://www.adlnet.org/xsd/adlcp_rootv1p2', 'adlcp_rootv1p2.xsd'],
    ['imsmd', 'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1', 'imsmd_rootv1p2p1.xsd'],
  ],
  scorm2004: [
    ['', 'http://www.imsglobal.org/xsd/imscp_v1p1', 'imscp_v1p1.xsd'],
    ['adlcp', 'http://www.adlnet.org/xsd/adlcp_v1p3', 'adlcp_v1p3.xsd'],
    ['adlseq', 'http://www.adlnet.org/xsd/adlseq_v1p3', 'adlseq_v1p3.xsd'],
    ['adlnav', 'http://www.adlnet.org/xsd/adlnav_v1p3', 'adlnav_v1p3.xsd'],
    ['imsss', 'http://www.imsglobal.org/xsd/imsss', 'imsss_v1p0.xsd'],
  ],
};

/** The schema control files a manifest names in xsi:schemaLocation, for tests to check. */
export const schemaLocations = (version: ScormVersion) =>
  namespaces[version].map(([, , schema]) => schema!).filter(Boolean);

export function buildManifest(input: ManifestInput): string {
  const { version } = input;
  const title = escapeXml(input.title);
  const declarations = namespaces[version]
    .map(([prefix, uri]) => `${prefix ? `xmlns:${prefix}` : 'xmlns'}="${uri}"`)
    .concat('xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"');
  const schemaLocation = namespaces[version].map(([, uri, schema]) => `${uri} ${schema}`).join(' ');
  const files = [...new Set([input.launch, ...input.files])]
    .map((file) => `      <file href="${escapeXml(fileHref(file))}"/>`)
    .join('\n');
  // No adlcp:masteryscore (1.2) or completion threshold (2004): the content sets its own status,
  // and an LMS that applies a mastery score (Moodle does) would overwrite it. See docs/lms.md.
  const item =
    version === 'scorm12'
      ? `      <item identifier="ITEM-1" identifierref="RESOURCE-1" isvisible="true">
        <title>${title}</title>
      </item>`
      : `      <item identifier="ITEM-1" identifierref="RESOURCE-1">
        <title>${title}</title>
        <imsss:sequencing>
          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>
      </item>`;
  const scormType = version === 'scorm12' ? 'adlcp:scormtype' : 'adlcp:scormType';
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${escapeXml(ncName(`${input.moduleId}-${version}`))}" version="${escapeXml(input.contentVersion)}"
  ${declarations.join('\n  ')}
  xsi:schemaLocation="${schemaLocation}">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>${version === 'scorm12' ? '1.2' : '2004 3rd Edition'}</schemaversion>
  </metadata>
  <organizations default="ORGANIZATION-1">
    <organization identifier="ORGANIZATION-1">
      <title>${title}</title>
${item}
    </organization>
  </organizations>
  <resources>
    <resource identifier="RESOURCE-1" type="webcontent" ${scormType}="sco" href="${escapeXml(fileHref(input.launch))}">
${files}
    </resource>
  </resources>
</manifest>
`;
}
