import { useEffect } from 'react';
import { commandForKey, keyBelongsToElement, type KeyInput } from '../../facilitator/keymap';
import { overlayKey } from '../../facilitator/presenter-machine';
import type { Presenter } from './use-presenter';
import { keyBelongsToPlayerControl, keyOnPlayerSurface } from './scene-control';

/**
 * The presenter's keys, anywhere on the page: each key press becomes a command (keymap.ts) and
 * goes through the presenter's rules, unless a modal overlay, a text box, a select or a control
 * on the player should have it.
 */
export function usePresenterKeys({
  rootRef,
  headingRef,
  modesRef,
  setModes,
  dispatchRef,
}: Pick<Presenter, 'rootRef' | 'headingRef' | 'modesRef' | 'setModes' | 'dispatchRef'>) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const input: KeyInput = {
        key: event.key,
        code: event.code,
        shiftKey: event.shiftKey,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
      };
      const command = commandForKey(input);
      // The help dialog and the blank screen are modal: only their own keys work.
      const overlay = overlayKey(modesRef.current, command);
      if (overlay) {
        if (overlay.handled) {
          event.preventDefault();
          setModes(overlay.modes);
        }
        return;
      }
      const target = event.target instanceof HTMLElement ? event.target : null;
      // A control on the player (a button, a slider, a menu) keeps the keys that work it; every
      // other presenter key, V included, still works from it.
      if (target && keyBelongsToPlayerControl(target, event.key)) return;
      if (
        target &&
        keyBelongsToElement(input, {
          tagName: target.tagName,
          isContentEditable: target.isContentEditable,
          type: (target as HTMLInputElement).type,
          role: target.getAttribute('role'),
        })
      )
        return;
      if (!command) return;
      if (
        command.type === 'escape' &&
        target &&
        (target.tagName === 'INPUT' || target.tagName === 'SELECT')
      ) {
        event.preventDefault();
        target.blur();
        headingRef.current?.focus({ preventScroll: true });
        return;
      }
      event.preventDefault();
      // Holding a key down must not race through the scenario or pile up votes.
      if (event.repeat) return;
      dispatchRef.current(command);
    };
    // On the player's surface, video.js takes Space (pause) and F (its own full screen) and stops
    // them there (its key events do not bubble: videojs/video.js#2669); the presenter hears them
    // first, so they do what the key list says.
    const onKeyOnPlayer = (event: KeyboardEvent) => {
      if (!keyOnPlayerSurface(event.target)) return;
      onKey(event);
      if (event.defaultPrevented) event.stopPropagation();
    };
    document.addEventListener('keydown', onKeyOnPlayer, true);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKeyOnPlayer, true);
      document.removeEventListener('keydown', onKey);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // A choice made in a select with the mouse gives the keys back to the presenter: focus left on
  // the select would otherwise take the clicker's keys and the number keys. A keyboard user who
  // changes it with the arrow keys keeps focus there, to carry on.
  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    let pointed: EventTarget | null = null;
    const onPointerDown = (event: PointerEvent) => {
      pointed = event.target instanceof HTMLSelectElement ? event.target : null;
    };
    const onKeyDown = () => {
      pointed = null;
    };
    const onChange = (event: Event) => {
      if (!(event.target instanceof HTMLSelectElement) || event.target !== pointed) return;
      pointed = null;
      const heading = headingRef.current;
      if (heading) heading.focus({ preventScroll: true });
      else event.target.blur();
    };
    root.addEventListener('pointerdown', onPointerDown, true);
    root.addEventListener('keydown', onKeyDown, true);
    root.addEventListener('change', onChange, true);
    return () => {
      root.removeEventListener('pointerdown', onPointerDown, true);
      root.removeEventListener('keydown', onKeyDown, true);
      root.removeEventListener('change', onChange, true);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
