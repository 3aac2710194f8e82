/**
 * The presenter's keys. One table, `keyBindings`, drives the key handler (`commandForKey`), the
 * help dialog, the facilitator start page and the printed key card, so they cannot drift apart.
 *
 * Presentation clickers send Page Down / Page Up (some also "b" or "." for a blank screen), so
 * the whole run can be stepped with a clicker, the film included; votes need the number keys.
 */

export type PresenterCommand =
  | { type: 'next' }
  | { type: 'back' }
  /** A number key: adds a vote for option N, or follows option N when choosing the room's option. */
  | { type: 'number'; option: number }
  /** Shift and a number key: removes a vote for option N. */
  | { type: 'remove-vote'; option: number }
  /** The next number key removes a vote instead of adding one. */
  | { type: 'remove-mode' }
  /** Choose the option the room follows: shows all options, then a number key picks one. */
  | { type: 'choose' }
  | { type: 'reveal-all' }
  | { type: 'timer' }
  | { type: 'timer-reset' }
  | { type: 'fullscreen' }
  | { type: 'vlog' }
  /** Show a scene's words without playing it (or stop it and show them). */
  | { type: 'words' }
  | { type: 'help' }
  | { type: 'blank' }
  | { type: 'escape' };

export type CommandType = PresenterCommand['type'];

/** What a keydown event says, without the DOM, so the mapping can be tested in Node. */
export interface KeyInput {
  key: string;
  code?: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

export const maxOptions = 4;

/** One key a binding answers to: its KeyboardEvent.key (letters in either case), and whether Shift matters. */
interface KeyPress {
  key: string;
  /** true: only with Shift; false: only without; left out: either. */
  shift?: boolean;
}

/**
 * One row of the key table: the keys, as people name them and as the browser reports them, the
 * command they give and what it does. Number keys are matched by digit (see `commandForKey`);
 * their rows have no `presses`.
 */
export interface KeyBinding {
  command: CommandType;
  /** The keys as the help, the start page and the key card name them: catalogue keys (presenter.keyNames.*), or digits. */
  labels: readonly string[];
  /** What the keys do, in the words of the help: a catalogue key (presenter.keyActions.*). */
  action: string;
  presses: readonly KeyPress[];
  /** Other commands on the same row of the help (Minus beside Shift + number; Shift + T beside T). */
  alsoFor?: readonly { command: CommandType; presses: readonly KeyPress[] }[];
}

const letter = (key: string, shift?: boolean): KeyPress => ({
  key,
  ...(shift === undefined ? {} : { shift }),
});

const names = (...keys: string[]) => keys.map((key) => `presenter.keyNames.${key}`);
const action = (key: string) => `presenter.keyActions.${key}`;

export const keyBindings: readonly KeyBinding[] = [
  {
    command: 'next',
    labels: names('space', 'rightArrow', 'pageDown', 'enter'),
    action: action('next'),
    presses: [' ', 'Spacebar', 'ArrowRight', 'PageDown', 'Enter'].map((key) => letter(key)),
  },
  {
    command: 'back',
    labels: names('leftArrow', 'pageUp'),
    action: action('back'),
    presses: ['ArrowLeft', 'PageUp'].map((key) => letter(key)),
  },
  { command: 'number', labels: ['1', '2', '3', '4'], action: action('number'), presses: [] },
  {
    command: 'remove-vote',
    labels: names('shiftNumber', 'minusNumber'),
    action: action('removeVote'),
    presses: [],
    alsoFor: [{ command: 'remove-mode', presses: [letter('-'), letter('Subtract')] }],
  },
  { command: 'choose', labels: names('pNumber'), action: action('choose'), presses: [letter('p')] },
  {
    command: 'reveal-all',
    labels: names('a'),
    action: action('revealAll'),
    presses: [letter('a')],
  },
  {
    command: 'timer',
    labels: names('t'),
    action: action('timer'),
    presses: [letter('t', false)],
    alsoFor: [{ command: 'timer-reset', presses: [letter('t', true)] }],
  },
  { command: 'vlog', labels: names('v'), action: action('vlog'), presses: [letter('v')] },
  { command: 'words', labels: names('w'), action: action('words'), presses: [letter('w')] },
  {
    command: 'fullscreen',
    labels: names('f'),
    action: action('fullscreen'),
    presses: [letter('f')],
  },
  {
    command: 'blank',
    labels: names('b', 'fullStop'),
    action: action('blank'),
    presses: [letter('b'), letter('.')],
  },
  {
    command: 'help',
    labels: names('question', 'h'),
    action: action('help'),
    presses: [letter('?'), letter('h')],
  },
  {
    command: 'escape',
    labels: names('escape'),
    action: action('escape'),
    presses: [letter('Escape')],
  },
];

/** A key's name as the help shows it: a catalogue key (presenter.keyNames.*) in the page's language, or a digit as it is. */
export const keyName = (label: string, translate: (key: string) => string) =>
  label.startsWith('presenter.') ? translate(label) : label;

/** The help's rows, straight from the bindings, in the page's language. */
export interface KeyHelp {
  keys: readonly string[];
  action: string;
}
export const keyHelp = (translate: (key: string) => string): readonly KeyHelp[] =>
  keyBindings.map((binding) => ({
    keys: binding.labels.map((label) => keyName(label, translate)),
    action: translate(binding.action),
  }));

const matches = (press: KeyPress, input: KeyInput) =>
  (press.key.length === 1
    ? press.key.toLowerCase() === input.key.toLowerCase()
    : press.key === input.key) &&
  (press.shift === undefined || press.shift === Boolean(input.shiftKey));

/** The option number a key stands for: the digit typed, or the digit key under a Shift symbol. */
function digitOf(input: KeyInput): { option: number; typed: boolean } | null {
  if (/^[1-9]$/.test(input.key)) return { option: Number(input.key), typed: true };
  const match = /^(?:Digit|Numpad)([1-9])$/.exec(input.code ?? '');
  return match ? { option: Number(match[1]), typed: false } : null;
}

/**
 * The command for a key press, or null to leave the key to the browser. Keys with Ctrl, Cmd or
 * Alt are never taken (browser and screen reader shortcuts), nor are arrow up and down (scrolling).
 */
export function commandForKey(input: KeyInput): PresenterCommand | null {
  if (input.ctrlKey || input.metaKey || input.altKey) return null;
  // On Windows, Shift with a number pad digit sends the key printed under it (End, Page Down,
  // Left arrow...), without Shift. Taking those as the presenter's keys would move the room on
  // when the facilitator meant to take a vote away, so a number pad key that is not a digit does nothing.
  if (/^Numpad[1-9]$/.test(input.code ?? '') && !/^[1-9]$/.test(input.key)) return null;
  const digit = digitOf(input);
  if (digit) {
    if (digit.option > maxOptions) return null;
    // A typed digit adds (on AZERTY keyboards digits need Shift); Shift turning a digit key into
    // a symbol ("!" on UK and US keyboards) removes.
    return digit.typed
      ? { type: 'number', option: digit.option }
      : input.shiftKey
        ? { type: 'remove-vote', option: digit.option }
        : null;
  }
  for (const binding of keyBindings) {
    for (const { command, presses } of [
      { command: binding.command, presses: binding.presses },
      ...(binding.alsoFor ?? []),
    ]) {
      if (presses.some((press) => matches(press, input)))
        return { type: command } as PresenterCommand;
    }
  }
  return null;
}

/**
 * The keys a focused select keeps: the ones that open it and move through its options. Everything
 * else (the clicker's Page Down and Page Up, Left and Right, the number and letter keys) still
 * drives the presenter, so a choice made in a select does not capture the keys the room needs:
 * pressing 1 to count a hand must not set the timer to one minute.
 */
const selectKeys = new Set(['ArrowUp', 'ArrowDown', 'Home', 'End', ' ', 'Enter']);

/**
 * Whether the focused element should have the key instead of the presenter: text boxes keep every
 * key but Escape; selects keep the keys that operate them; buttons, links and disclosure summaries
 * keep Space and Enter, which press them.
 */
export function keyBelongsToElement(
  input: KeyInput,
  element: {
    tagName?: string;
    isContentEditable?: boolean;
    type?: string;
    role?: string | null;
  } | null,
): boolean {
  if (!element?.tagName) return false;
  const tag = element.tagName.toLowerCase();
  if (tag === 'select') return selectKeys.has(input.key);
  if (isTextEntry(element)) return input.key !== 'Escape';
  const pressable =
    tag === 'button' ||
    tag === 'a' ||
    tag === 'summary' ||
    element.role === 'button' ||
    tag === 'input';
  return pressable && (input.key === ' ' || input.key === 'Enter');
}

/** Elements that take typed text, so every key but Escape is theirs. */
export function isTextEntry(
  element: { tagName?: string; isContentEditable?: boolean; type?: string } | null,
): boolean {
  if (!element?.tagName) return false;
  const tag = element.tagName.toLowerCase();
  if (element.isContentEditable) return true;
  if (tag === 'textarea') return true;
  if (tag !== 'input') return false;
  return !['button', 'checkbox', 'radio', 'submit', 'reset'].includes(
    (element.type ?? 'text').toLowerCase(),
  );
}
