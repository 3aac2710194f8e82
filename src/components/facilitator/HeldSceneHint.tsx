import { Fragment } from 'react';
import type { ScenePhase } from '../vlog/VlogPanel';
import { useTranslate } from '../../i18n/MessagesContext';

/** Marks a key's name inside a translated sentence, so it can be shown as a key. */
const keyMark = '\u0000';
const asKey = (name: string) => `${keyMark}${name}${keyMark}`;

/** A sentence from the catalogue with key names in {slots}, each shown as <kbd>. */
export function WithKeys({ text }: { text: string }) {
  return (
    <>
      {text
        .split(keyMark)
        .map((part, index) =>
          index % 2 ? <kbd key={index}>{part}</kbd> : <Fragment key={index}>{part}</Fragment>,
        )}
    </>
  );
}

/**
 * What the trainer can do while a scene holds the room (waiting, loading, paused, or refused by
 * the browser). Nothing while it plays: the room watches the video, not instructions.
 */
export function HeldSceneHint({
  phase,
  videoPaused,
  playable,
}: {
  phase: ScenePhase;
  videoPaused: boolean;
  playable: boolean;
}) {
  const t = useTranslate();
  if (phase === 'playing' && !videoPaused) return null;
  const keys = {
    v: asKey(t('presenter.keyNames.v')),
    w: asKey(t('presenter.keyNames.w')),
    space: asKey(t('presenter.keyNames.space')),
  };
  const which =
    phase === 'playing'
      ? 'paused'
      : phase === 'loading'
        ? 'loading'
        : playable
          ? 'waiting'
          : 'failed';
  return (
    <p className="app-presenter__held app-trainer-hint">
      <WithKeys text={t(`presenter.held.${which}`, keys)} />
    </p>
  );
}
