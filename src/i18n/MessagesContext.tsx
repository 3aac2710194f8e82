/**
 * The interface strings for React islands: a page passes the strings an island needs as a prop
 * (plain data, so Astro can serialise it), and the island provides them to its children here.
 * English is the fallback only for components rendered outside any provider (unit tests).
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { translator, type Messages, type Translate } from './messages';

const MessagesContext = createContext<Messages | null>(null);

export function MessagesProvider({
  messages,
  children,
}: {
  messages: Messages;
  children: ReactNode;
}) {
  return <MessagesContext.Provider value={messages}>{children}</MessagesContext.Provider>;
}

/** The strings the nearest provider holds, or null outside any (a page rendering a component itself). */
export function useProvidedMessages(): Messages | null {
  return useContext(MessagesContext);
}

/** The lookup for the strings the nearest provider holds. */
export function useTranslate(): Translate {
  const messages = useContext(MessagesContext);
  if (!messages)
    throw new Error(
      "useTranslate needs a <MessagesProvider> around the island: pass the page's messages as a prop.",
    );
  return useMemo(() => translator(messages), [messages]);
}
