import type { Settings } from '../schemas/settings';

/**
 * Local values in content. Scenario YAML writes {{contacts.interface-lead}} or
 * {{policies.medicines-on-discharge.both}}; MDX uses the LocalValue component with the same name.
 * Pure, so the build, the content checks, the tests and the video generator share it.
 */
export const placeholderPattern = /\{\{\s*([A-Za-z0-9.-]+)\s*\}\}/g;

type Policy = Settings['policies'][string];

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));

/** The national requirement, and the local policy beside it only where it differs. */
export function policyStatement(policy: Policy, organisation: string): string {
  const national = fill(policy.nationalText, { value: policy.national, unit: policy.unit });
  if (policy.local === policy.national) return national;
  return `${national}; ${fill(policy.localText, { value: policy.local, unit: policy.unit, organisation })}`;
}

/** Every name content may use, for error hints. */
export function placeholderNames(settings: Settings): string[] {
  return [
    'organisation.name',
    'organisation.shortName',
    ...Object.keys(settings.contacts).map((name) => `contacts.${name}`),
    ...Object.keys(settings.policies).flatMap((name) => [`policies.${name}`, `policies.${name}.national`, `policies.${name}.both`]),
  ];
}

/** The text a name stands for, or undefined when the settings have no such value. */
export function resolvePlaceholder(name: string, settings: Settings): string | undefined {
  const [group, key, variant] = name.split('.');
  if (group === 'organisation' && !variant) {
    if (key === 'name') return settings.organisation.name;
    if (key === 'shortName') return settings.organisation.shortName;
  }
  if (group === 'contacts' && key && !variant) return settings.contacts[key];
  const policy = group === 'policies' && key ? settings.policies[key] : undefined;
  if (!policy) return undefined;
  if (variant === undefined) return `${policy.local} ${policy.unit}`;
  if (variant === 'national') return `${policy.national} ${policy.unit}`;
  if (variant === 'both') return policyStatement(policy, settings.organisation.shortName);
  return undefined;
}

/** The names in a text that the settings cannot fill. */
export function unknownPlaceholders(text: string, settings: Settings): string[] {
  return [...text.matchAll(placeholderPattern)].map((match) => match[1]!).filter((name) => resolvePlaceholder(name, settings) === undefined);
}

export function fillText(text: string, settings: Settings): string {
  return text.replace(placeholderPattern, (whole, name: string) => resolvePlaceholder(name, settings) ?? whole);
}

/** Fills every string in a value (a scenario, a page's data), leaving the rest untouched. */
export function fillPlaceholders<T>(value: T, settings: Settings): T {
  if (typeof value === 'string') return fillText(value, settings) as T;
  if (Array.isArray(value)) return value.map((item) => fillPlaceholders(item, settings)) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fillPlaceholders(item, settings)])) as T;
  }
  return value;
}
