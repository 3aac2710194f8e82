import { describe, expect, it } from 'vitest';
import {
  commandForKey,
  isTextEntry,
  keyBelongsToElement,
  keyBindings,
  keyHelp as keyHelpIn,
  keyName,
  type CommandType,
} from '../../src/facilitator/keymap';
import { loadCatalogue } from '../../src/i18n/catalogue';
import { translator } from '../../src/i18n/messages';

const english = translator(loadCatalogue(process.cwd(), 'en').messages);
const welsh = translator(loadCatalogue(process.cwd(), 'cy').messages);
const keyHelp = keyHelpIn(english);

describe('presenter keys', () => {
  it('moves on with Space, Right arrow, Page Down (a clicker) and Enter', () => {
    for (const key of [' ', 'ArrowRight', 'PageDown', 'Enter'])
      expect(commandForKey({ key })).toEqual({ type: 'next' });
  });

  it('goes back with Left arrow and Page Up', () => {
    for (const key of ['ArrowLeft', 'PageUp'])
      expect(commandForKey({ key })).toEqual({ type: 'back' });
  });

  it('adds a vote with a number key, on the top row or the number pad', () => {
    expect(commandForKey({ key: '1', code: 'Digit1' })).toEqual({ type: 'number', option: 1 });
    expect(commandForKey({ key: '4', code: 'Numpad4' })).toEqual({ type: 'number', option: 4 });
  });

  it('takes a vote away with Shift and a number key, whatever symbol Shift makes', () => {
    expect(commandForKey({ key: '!', code: 'Digit1', shiftKey: true })).toEqual({
      type: 'remove-vote',
      option: 1,
    });
    expect(commandForKey({ key: '£', code: 'Digit3', shiftKey: true })).toEqual({
      type: 'remove-vote',
      option: 3,
    });
    expect(commandForKey({ key: '-' })).toEqual({ type: 'remove-mode' });
  });

  it('treats a digit typed with Shift (AZERTY keyboards) as the digit', () => {
    expect(commandForKey({ key: '2', code: 'Digit2', shiftKey: true })).toEqual({
      type: 'number',
      option: 2,
    });
  });

  it('ignores options beyond four', () => {
    expect(commandForKey({ key: '5', code: 'Digit5' })).toBeNull();
  });

  it('has letter keys in either case', () => {
    expect(commandForKey({ key: 'p' })).toEqual({ type: 'choose' });
    expect(commandForKey({ key: 'F', shiftKey: true })).toEqual({ type: 'fullscreen' });
    expect(commandForKey({ key: 't' })).toEqual({ type: 'timer' });
    expect(commandForKey({ key: 'T', shiftKey: true })).toEqual({ type: 'timer-reset' });
    expect(commandForKey({ key: 'v' })).toEqual({ type: 'vlog' });
    expect(commandForKey({ key: '?', shiftKey: true })).toEqual({ type: 'help' });
    expect(commandForKey({ key: 'b' })).toEqual({ type: 'blank' });
    expect(commandForKey({ key: '.' })).toEqual({ type: 'blank' });
    expect(commandForKey({ key: 'a' })).toEqual({ type: 'reveal-all' });
  });

  it('never takes browser or screen reader shortcuts, or the keys that scroll', () => {
    expect(commandForKey({ key: 'f', ctrlKey: true })).toBeNull();
    expect(commandForKey({ key: 'p', metaKey: true })).toBeNull();
    expect(commandForKey({ key: '1', altKey: true })).toBeNull();
    expect(commandForKey({ key: 'ArrowDown' })).toBeNull();
    expect(commandForKey({ key: 'ArrowUp' })).toBeNull();
    expect(commandForKey({ key: 'Tab' })).toBeNull();
  });

  it('leaves typing to text boxes, and Space and Enter to buttons and links', () => {
    const input = { tagName: 'INPUT', type: 'number' };
    expect(isTextEntry(input)).toBe(true);
    expect(isTextEntry({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(isTextEntry({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(keyBelongsToElement({ key: '3' }, input)).toBe(true);
    expect(keyBelongsToElement({ key: 'PageDown' }, input)).toBe(true);
    expect(keyBelongsToElement({ key: 'Escape' }, input)).toBe(false);
    expect(keyBelongsToElement({ key: ' ' }, { tagName: 'BUTTON' })).toBe(true);
    expect(keyBelongsToElement({ key: 'Enter' }, { tagName: 'A' })).toBe(true);
    expect(keyBelongsToElement({ key: '2' }, { tagName: 'BUTTON' })).toBe(false);
    expect(keyBelongsToElement({ key: ' ' }, { tagName: 'H2' })).toBe(false);
    expect(keyBelongsToElement({ key: ' ' }, null)).toBe(false);
  });

  it('leaves a select only the keys that operate it, so the clicker and number keys still present after a choice in it', () => {
    const select = { tagName: 'SELECT' };
    expect(isTextEntry(select)).toBe(false);
    for (const key of ['ArrowDown', 'ArrowUp', 'Home', 'End', ' ', 'Enter'])
      expect(keyBelongsToElement({ key }, select)).toBe(true);
    for (const key of [
      'PageDown',
      'PageUp',
      'ArrowLeft',
      'ArrowRight',
      '1',
      '3',
      't',
      'p',
      'Escape',
    ])
      expect(keyBelongsToElement({ key }, select)).toBe(false);
  });

  it('ignores the navigation keys Windows sends for Shift and a number pad digit, so they never move the room on', () => {
    expect(commandForKey({ key: 'PageDown', code: 'Numpad3' })).toBeNull();
    expect(commandForKey({ key: 'End', code: 'Numpad1' })).toBeNull();
    expect(commandForKey({ key: 'ArrowLeft', code: 'Numpad4', shiftKey: true })).toBeNull();
    // A clicker's Page Down is still Next.
    expect(commandForKey({ key: 'PageDown', code: 'PageDown' })).toEqual({ type: 'next' });
    expect(keyHelp.map((row) => row.action).join(' ')).toContain(
      'on Windows, Shift with the number pad',
    );
  });

  it('documents every command the keys give', () => {
    const described = keyHelp.map((row) => row.action).join(' ');
    for (const words of [
      'Next step',
      'Back a step',
      'Add a vote',
      'Take a vote away',
      'Choose the option the room follows',
      'timer',
      'vlog',
      'Full screen',
      'Blank',
      'list of keys',
    ]) {
      expect(described).toContain(words);
    }
  });

  it('has one table: every key it lists gives the command of its row, and the help is that table', () => {
    for (const binding of keyBindings) {
      for (const { command, presses } of [binding, ...(binding.alsoFor ?? [])]) {
        for (const press of presses) {
          expect(
            commandForKey({ key: press.key, shiftKey: press.shift ?? false })?.type,
            `${press.key} in the row for ${binding.command}`,
          ).toBe(command);
        }
      }
    }
    expect(keyHelp).toEqual(
      keyBindings.map((binding) => ({
        keys: binding.labels.map((label) => keyName(label, english)),
        action: english(binding.action),
      })),
    );
  });

  it('lists every command the handler can give, once', () => {
    const commands: CommandType[] = [
      'next',
      'back',
      'number',
      'remove-vote',
      'remove-mode',
      'choose',
      'reveal-all',
      'timer',
      'timer-reset',
      'fullscreen',
      'vlog',
      'words',
      'help',
      'blank',
      'escape',
    ];
    const listed = keyBindings.flatMap((binding) => [
      binding.command,
      ...(binding.alsoFor ?? []).map((also) => also.command),
    ]);
    expect([...listed].sort()).toEqual([...commands].sort());
  });

  it('names each key as it is labelled: the labels of a row are the keys that give its command', () => {
    const keyForLabel: Record<string, string> = {
      Space: ' ',
      'Right arrow': 'ArrowRight',
      'Left arrow': 'ArrowLeft',
      'Page Down': 'PageDown',
      'Page Up': 'PageUp',
      'Full stop': '.',
    };
    for (const binding of keyBindings.filter((row) => row.presses.length)) {
      for (const label of binding.labels
        .map((name) => keyName(name, english))
        .filter((candidate) => !candidate.includes(' then ') && !candidate.includes('+'))) {
        expect(
          commandForKey({
            key: keyForLabel[label] ?? (label.length === 1 ? label.toLowerCase() : label),
          })?.type,
          label,
        ).toBe(binding.command);
      }
    }
  });

  it('keeps the clicker on the film: forward is Next (which plays a waiting scene), W shows the words only', () => {
    expect(commandForKey({ key: 'PageDown' })).toEqual({ type: 'next' });
    expect(commandForKey({ key: 'w' })).toEqual({ type: 'words' });
    expect(commandForKey({ key: 'W', shiftKey: true })).toEqual({ type: 'words' });
    expect(
      keyBindings
        .find((binding) => binding.command === 'words')
        ?.labels.map((label) => keyName(label, english)),
    ).toEqual(['W']);
    expect(keyHelp[0]!.action).toContain('play a waiting scene');
  });

  it('names every key and action from the catalogue, in each language, with no row left untranslated', () => {
    const rows = keyHelpIn(welsh);
    expect(rows).toHaveLength(keyBindings.length);
    expect(rows.find((row) => row.keys.includes('Bylchwr'))?.action).toContain('Y cam nesaf');
    // Digits are the same in every language; every other label is a catalogue key.
    for (const label of keyBindings.flatMap((binding) => binding.labels))
      expect(/^\d$/.test(label) || label.startsWith('presenter.keyNames.'), label).toBe(true);
  });
});
