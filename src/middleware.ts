import { defineMiddleware } from 'astro:middleware';
import { languageOfPath, runInLanguage } from './i18n/page-language';

/** Each page renders in the language its address says (src/i18n/page-language.ts). */
export const onRequest = defineMiddleware((context, next) =>
  runInLanguage(languageOfPath(context.url.pathname), next),
);
