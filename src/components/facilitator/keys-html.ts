/**
 * A catalogue sentence for an Astro page with keys or links in it: the text is escaped, and each
 * {slot} becomes the HTML given for it (a <kbd>, an <a>), so translators move the keys and links
 * about with the words.
 */
const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Text (a title, a name) for a slot. */
export const escapeText = escapeHtml;

export const kbd = (name: string) => `<kbd>${escapeHtml(name)}</kbd>`;
export const link = (href: string, text: string, hidden = '') =>
  `<a href="${escapeHtml(href)}">${escapeHtml(text)}${hidden ? `<span class="nhsuk-u-visually-hidden">${escapeHtml(hidden)}</span>` : ''}</a>`;

/** The sentence as HTML, with each slot's HTML in its place; a slot without one stays visible. */
export function sentenceHtml(template: string, slots: Readonly<Record<string, string>>): string {
  return escapeHtml(template).replace(
    /\{([a-zA-Z][\w-]*)\}/g,
    (slot, name: string) => slots[name] ?? slot,
  );
}
