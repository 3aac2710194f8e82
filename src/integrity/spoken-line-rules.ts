import type { Line, Scenario } from '../schemas/scenario';
import { placeholderPattern } from '../settings/placeholders';
import type { Finding } from './scenario-rules';

/**
 * The vlog and its captions are made once and go into every package, but {{…}} values are filled
 * per organisation and nation. A placeholder in a spoken line would make a Scottish or Northern
 * Irish package's video and captions say the English words (the generator speaks the national
 * defaults), teaching another nation's rules. So what the vlog says must be true as written.
 */

const isUnconditional = (line: Line) => !line.requires?.length && !line.unless?.length;

/**
 * The lines the placeholder vlog speaks and captions, matching scripts/videos/vlog-script.ts
 * exactly: every line without requires or unless, of every node that is not a decision, whether
 * or not it has a segment yet (npm run videos writes the segment). Lines with conditions stay
 * text-only in the dialogue view, filled per package, so they may hold placeholders.
 */
export function spokenLines(
  scenario: Scenario,
): { nodeIndex: number; lineIndex: number; line: Line }[] {
  return scenario.nodes.flatMap((node, nodeIndex) =>
    node.kind === 'decision'
      ? []
      : (node.lines ?? []).flatMap((line, lineIndex) =>
          isUnconditional(line) ? [{ nodeIndex, lineIndex, line }] : [],
        ),
  );
}

const placeholdersIn = (text: string) => [
  ...new Set([...text.matchAll(placeholderPattern)].map((match) => `{{${match[1]}}}`)),
];

/** A spoken line holding a {{…}} placeholder. */
export function checkSpokenLines(scenario: Scenario): Finding[] {
  return spokenLines(scenario).flatMap(({ nodeIndex, lineIndex, line }) => {
    const placeholders = placeholdersIn(line.text);
    if (!placeholders.length) return [];
    return [
      {
        severity: 'error' as const,
        path: ['nodes', nodeIndex, 'lines', lineIndex, 'text'],
        message: `this line is spoken in the vlog and written into its captions, which are made once for every package, so ${placeholders.join(' and ')} would be filled once, with the national defaults' words, for every organisation and nation.`,
        fix: "spoken lines are the same in every package: write it without {{…}}, or move the organisation's value to the decision or feedback text (see docs/authoring.md).",
      },
    ];
  });
}
