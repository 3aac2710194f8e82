import type { Settings } from '../schemas/settings';
import type { Nation } from '../schemas/nation';

/**
 * Local and national values in content. Scenario YAML writes {{contacts.interface-lead}},
 * {{policies.medicines-on-discharge.both}} or {{nation.organisation}}; MDX uses the LocalValue
 * component with the same name.
 * Pure, so the build, the content checks, the tests and the video generator share it.
 */
export const placeholderPattern = /\{\{\s*([A-Za-z0-9.-]+)\s*\}\}/g;

type Policy = Settings['policies'][string];

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );

/** The national requirement, and the local policy beside it only where it differs. */
export function policyStatement(policy: Policy, organisation: string): string {
  const national = fill(policy.nationalText, { value: policy.national, unit: policy.unit });
  if (policy.local === policy.national) return national;
  return `${national}; ${fill(policy.localText, { value: policy.local, unit: policy.unit, organisation })}`;
}

/**
 * The values that differ by nation, by the name content uses after "nation.": each a short,
 * fixed name over a field of content/nations/<nation>.yaml (see src/schemas/nation.ts). A later
 * Welsh-language edition reads the same names from a nation's Welsh values.
 */
const nationValues: Record<string, (nation: Nation) => string> = {
  name: (nation) => nation.name,
  service: (nation) => nation.service,
  organisation: (nation) => nation.organisation.singular,
  organisations: (nation) => nation.organisation.plural,
  anOrganisation: (nation) => nation.organisation.withArticle,
  commissioner: (nation) => nation.commissioner.name,
  commissionerShort: (nation) => nation.commissioner.short,
  referralRoute: (nation) => nation.referralRoute,
  adviceRoute: (nation) => nation.adviceRoute,
  adviceRequest: (nation) => nation.adviceRequest.singular,
  adviceRequests: (nation) => nation.adviceRequest.plural,
  anAdviceRequest: (nation) => nation.adviceRequest.withArticle,
  prescriptionForm: (nation) => nation.prescriptionForm.gp,
  hospitalPrescriptionForm: (nation) => nation.prescriptionForm.hospital,
  aHospitalPrescriptionForm: (nation) => nation.prescriptionForm.hospitalWithArticle,
  guidanceBody: (nation) => nation.guidanceBody,
  suspectedCancerGuidance: (nation) => nation.suspectedCancerGuidance,
  fitNoteDepartment: (nation) => nation.fitNoteDepartment.name,
  fitNoteDepartmentShort: (nation) => nation.fitNoteDepartment.short,
  instrument: (nation) => nation.instrument.name,
  instrumentShort: (nation) => nation.instrument.short,
};

/** Every nation.… name content may use with this nation, including its sources. */
export function nationPlaceholderNames(nation: Nation): string[] {
  return [
    ...Object.keys(nationValues).map((key) => `nation.${key}`),
    ...Object.keys(nation.sources).map((name) => `nation.sources.${name}`),
  ];
}

/** The text of a nation.… name (without "nation."), or undefined when the nation does not define it. */
export function resolveNationValue(name: string, nation: Nation): string | undefined {
  const [key, variant, extra] = name.split('.');
  if (key === 'sources' && variant && !extra)
    return Object.hasOwn(nation.sources, variant) ? nation.sources[variant] : undefined;
  if (!key || variant !== undefined || !Object.hasOwn(nationValues, key)) return undefined;
  return nationValues[key]!(nation);
}

/** Every local name content may use, for error hints (nationPlaceholderNames lists the nation's). */
export function placeholderNames(settings: Settings): string[] {
  return [
    'organisation.name',
    'organisation.shortName',
    ...Object.keys(settings.contacts).map((name) => `contacts.${name}`),
    ...Object.keys(settings.policies).flatMap((name) => [
      `policies.${name}`,
      `policies.${name}.national`,
      `policies.${name}.both`,
    ]),
  ];
}

/** The text a name stands for, or undefined when the settings have no such value. */
export function resolvePlaceholder(name: string, settings: Settings): string | undefined {
  const [group, key, variant] = name.split('.');
  if (group === 'nation')
    return resolveNationValue(name.slice('nation.'.length), settings.nationData);
  if (group === 'organisation' && !variant) {
    if (key === 'name') return settings.organisation.name;
    if (key === 'shortName') return settings.organisation.shortName;
  }
  if (group === 'contacts' && key && !variant) return settings.contacts[key];
  const policy = group === 'policies' && key ? settings.policies[key] : undefined;
  if (!policy) return undefined;
  if (variant === undefined) return `${policy.local} ${policy.unit}`;
  // A nation whose wording states no figure has no national value to quote.
  if (variant === 'national')
    return policy.nationalText.includes('{value}')
      ? `${policy.national} ${policy.unit}`
      : undefined;
  if (variant === 'both') return policyStatement(policy, settings.organisation.shortName);
  return undefined;
}

/** The names in a text that the settings cannot fill. */
export function unknownPlaceholders(text: string, settings: Settings): string[] {
  return [...text.matchAll(placeholderPattern)]
    .map((match) => match[1]!)
    .filter((name) => resolvePlaceholder(name, settings) === undefined);
}

export function fillText(text: string, settings: Settings): string {
  return text.replace(
    placeholderPattern,
    (whole, name: string) => resolvePlaceholder(name, settings) ?? whole,
  );
}

/** Fills every string in a value (a scenario, a page's data), leaving the rest untouched. */
export function fillPlaceholders<T>(value: T, settings: Settings): T {
  if (typeof value === 'string') return fillText(value, settings) as T;
  if (Array.isArray(value)) return value.map((item) => fillPlaceholders(item, settings)) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, fillPlaceholders(item, settings)]),
    ) as T;
  }
  return value;
}
