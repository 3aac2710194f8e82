import { localPath, pageSettings, pageTranslate } from './i18n/page-language';

/**
 * The module's name and the text that describes it everywhere, in the language of the page being
 * built: the title and organisation come from the settings (their cy: block on Welsh pages), the
 * rest from the interface strings.
 */
export const site = {
  get title() {
    return pageSettings().module.title;
  },
  get organisation() {
    return pageSettings().organisation;
  },
  get strapline() {
    return pageTranslate()('site.strapline');
  },
  get description() {
    return pageTranslate()('site.description');
  },
  /** Whether the header may show the NHS lozenge when there is no logo: never for an HSC trust (content/nations/). */
  get nhsLogo() {
    return pageSettings().nationData.nhsLogo;
  },
  /** The nation's interface instrument as a short citation, e.g. "the NHS Standard Contract". */
  get interfaceInstrument() {
    return pageSettings().nationData.instrument.short;
  },
};

/**
 * A link within the module that respects the base path it is served from. A page link (a path
 * ending in "/") stays in the current page's language; files (favicon.svg, videos) are shared.
 */
export function href(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  const [target = '', suffix = ''] = /^([^?#]*)(.*)$/.exec(path)!.slice(1);
  const absolute = target.startsWith('/') ? target : `/${target}`;
  const localised = absolute.endsWith('/') ? localPath(absolute) : absolute;
  return `${base}${localised}${suffix}`;
}
