import { moduleSettings } from './lib/module-settings';

/** The module's name and the text that describes it everywhere; the title comes from settings. */
export const site = {
  title: moduleSettings.module.title,
  organisation: moduleSettings.organisation,
  /** Whether the header may show the NHS lozenge when there is no logo: never for an HSC trust (content/nations/). */
  nhsLogo: moduleSettings.nationData.nhsLogo,
  /** The nation's interface instrument as a short citation, e.g. "the NHS Standard Contract". */
  interfaceInstrument: moduleSettings.nationData.instrument.short,
  strapline: 'Working well between hospital and general practice',
  description:
    'An interactive induction module for junior doctors on how work crosses between hospital and general practice, and how to stop it landing on the patient.',
};

/** A link within the module that respects the base path it is served from. */
export function href(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}/${path.replace(/^\//, '')}`;
}

