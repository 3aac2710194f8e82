import type { BrowserContext, ConsoleMessage } from '@playwright/test';

/** What a context did that a strict policy or an information governance team would object to. */
export interface SecurityLog {
  /** Every URL requested, by any page or frame in the context. */
  requests: string[];
  /** Content-Security-Policy violations, from securitypolicyviolation events and the console. */
  cspViolations: string[];
}

const marker = '[csp-violation]';

/**
 * Records every request and every CSP violation in a browser context, in every page and frame
 * (a securitypolicyviolation listener goes into each document before its own scripts run).
 */
export async function watchSecurity(context: BrowserContext): Promise<SecurityLog> {
  const log: SecurityLog = { requests: [], cspViolations: [] };
  context.on('request', (request) => log.requests.push(request.url()));
  await context.addInitScript((prefix) => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `${prefix} ${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} in ${location.pathname}${event.sample ? `: ${event.sample}` : ''}`,
      );
    });
  }, marker);
  const onConsole = (message: ConsoleMessage) => {
    const text = message.text();
    if (text.startsWith(marker)) log.cspViolations.push(text.slice(marker.length + 1));
    else if (/Content Security Policy/i.test(text)) log.cspViolations.push(text);
  };
  context.on('page', (page) => page.on('console', onConsole));
  for (const page of context.pages()) page.on('console', onConsole);
  return log;
}

/** The requests that went anywhere but the allowed origins (data: and blob: URLs stay in the browser). */
export function foreignRequests(log: SecurityLog, allowedOrigins: readonly string[]): string[] {
  return [
    ...new Set(
      log.requests.filter((url) => {
        if (/^(data|blob|about):/.test(url)) return false;
        return !allowedOrigins.includes(new URL(url).origin);
      }),
    ),
  ];
}
