import type { MessageParams } from '../i18n/messages';

/** An interface string the presenter shows or announces: a key into content/i18n/*.yaml and its parameters. */
export interface Message {
  key: string;
  params?: MessageParams;
}

/** A message under a prefix of the catalogue, leaving out empty parameters. */
export const messageIn =
  (prefix: string) =>
  (name: string, params?: MessageParams): Message => ({
    key: `${prefix}.${name}`,
    ...(params ? { params } : {}),
  });
