/**
 * A scenario's translation overlay (scenarios/cy/<id>.yaml): the translated text of an English
 * scenario, keyed by the English file's ids. It never holds structure — targets, scores, flags,
 * conditions and speakers stay in the English file only — so the Welsh scenario the engine, the
 * map, the review script and the facilitator get is the English graph with its words replaced.
 *
 * Pure: no file access, so the build, `check:content`, the vlog generator and tests share it.
 */
import type { Scenario, ScenarioNode } from '../schemas/scenario';
import type { ScenarioOverlay } from '../schemas/translation';
import type { Problem } from '../schemas/problem';

/** Where a scenario's overlay lives for a language, relative to the project root. */
export const overlayFile = (language: string, scenarioId: string) =>
  `scenarios/${language}/${scenarioId}.yaml`;

/** The vlog file for a language: the English name, with the language before the extension (vlog.cy.mp4). */
export function languageAsset(file: string, language: string): string {
  if (language === 'en') return file;
  return file.replace(/(\.[a-z0-9]+)$/i, `.${language}$1`);
}

type TextField = 'when' | 'where' | 'prompt' | 'source' | 'twoMinuteFix' | 'title' | 'summary';

/** The single text fields each kind of node has in English, so the overlay must have. */
function textFieldsOf(node: ScenarioNode): TextField[] {
  switch (node.kind) {
    case 'scene':
      return ['when', 'where'];
    case 'decision':
      return [
        'prompt',
        ...(node.source ? ['source' as const] : []),
        ...(node.twoMinuteFix ? ['twoMinuteFix' as const] : []),
      ];
    case 'ending':
      return ['title', 'summary'];
    default:
      return [];
  }
}

const allNodeFields = [
  'lines',
  'when',
  'where',
  'prompt',
  'source',
  'twoMinuteFix',
  'choices',
  'title',
  'summary',
  'learningPoints',
  'segment',
] as const;

/** The fields an English node gives a translation something to say about. */
function allowedFieldsOf(node: ScenarioNode): Set<string> {
  const fields = new Set<string>([...textFieldsOf(node), 'segment']);
  if ('lines' in node && node.lines?.length) fields.add('lines');
  if (node.kind === 'decision') fields.add('choices');
  if (node.kind === 'ending') fields.add('learningPoints');
  return fields;
}

/** Placeholders stay exactly as in the English: their values come from the settings. */
const placeholdersIn = (text: string) =>
  [...text.matchAll(/\{\{\s*([^{}]+?)\s*\}\}/g)].map((match) => match[1]!).sort();

/**
 * Everything that stops the overlay being a complete, exact translation of the English scenario:
 * each problem names the Welsh file, the node and the field, and says how to fix it.
 */
export function overlayProblems(
  scenario: Scenario,
  overlay: ScenarioOverlay,
  file: string,
  englishFile = `scenarios/${scenario.id}.yaml`,
): Problem[] {
  const problems: Problem[] = [];
  const missing = (field: string, node?: string, what = 'has no Welsh text') =>
    problems.push({
      severity: 'error',
      file,
      ...(node ? { node } : {}),
      field,
      message: `${node ? `node "${node}" ` : ''}${what}; ${englishFile} has it in English.`,
      fix: /^(nodes|cast)\./.test(field)
        ? `add ${field} to ${file}, translated from ${englishFile}.`
        : `add ${field} under nodes.${node} of ${file}, translated from ${englishFile}.`,
    });
  const extra = (field: string, node: string | undefined, why: string) =>
    problems.push({
      severity: 'error',
      file,
      ...(node ? { node } : {}),
      field,
      message: why,
      fix: `remove it from ${file}, or check the id against ${englishFile} (ids are never translated).`,
    });
  const comparePlaceholders = (
    english: string,
    welsh: string | undefined,
    field: string,
    node?: string,
  ) => {
    if (welsh === undefined) return;
    const wanted = placeholdersIn(english);
    const found = placeholdersIn(welsh);
    if (wanted.join('|') !== found.join('|')) {
      problems.push({
        severity: 'error',
        file,
        ...(node ? { node } : {}),
        field,
        message: `the Welsh uses ${found.length ? found.map((name) => `{{${name}}}`).join(', ') : 'no placeholders'} where the English uses ${wanted.length ? wanted.map((name) => `{{${name}}}`).join(', ') : 'none'}.`,
        fix: 'keep every {{placeholder}} exactly as the English writes it, untranslated: its Welsh value comes from the settings.',
      });
    }
  };

  comparePlaceholders(scenario.title, overlay.title, 'title');
  comparePlaceholders(scenario.summary, overlay.summary, 'summary');
  for (const member of scenario.cast) {
    if (!overlay.cast[member.id])
      missing(`cast.${member.id}.role`, undefined, `cast member "${member.id}" has no Welsh role`);
  }
  for (const castId of Object.keys(overlay.cast)) {
    if (!scenario.cast.some((member) => member.id === castId))
      extra(`cast.${castId}`, undefined, `the cast member "${castId}" is not in ${englishFile}.`);
  }

  const englishNodes = new Map(scenario.nodes.map((node) => [node.id, node]));
  for (const nodeId of Object.keys(overlay.nodes)) {
    if (!englishNodes.has(nodeId))
      extra(`nodes.${nodeId}`, nodeId, `there is no node "${nodeId}" in ${englishFile}.`);
  }
  for (const node of scenario.nodes) {
    const welsh = overlay.nodes[node.id];
    const needsText =
      textFieldsOf(node).length > 0 ||
      ('lines' in node && !!node.lines?.length) ||
      node.kind === 'decision';
    if (!welsh) {
      if (needsText) missing(`nodes.${node.id}`, node.id, 'has no Welsh translation');
      continue;
    }
    const allowed = allowedFieldsOf(node);
    for (const field of allNodeFields) {
      if (welsh[field] !== undefined && !allowed.has(field))
        extra(
          field,
          node.id,
          `the English ${node.kind} node "${node.id}" has no ${field}, so there is nothing to translate.`,
        );
    }
    for (const field of textFieldsOf(node)) {
      const english = (node as Partial<Record<TextField, string>>)[field]!;
      if (welsh[field] === undefined) missing(field, node.id);
      else comparePlaceholders(english, welsh[field], field, node.id);
    }
    if ('lines' in node && node.lines?.length) {
      const lines = welsh.lines ?? [];
      if (!welsh.lines)
        missing('lines', node.id, `has no Welsh lines (the English has ${node.lines.length})`);
      else if (lines.length !== node.lines.length) {
        problems.push({
          severity: 'error',
          file,
          node: node.id,
          field: 'lines',
          message: `node "${node.id}" has ${lines.length} Welsh line${lines.length === 1 ? '' : 's'} where the English has ${node.lines.length}.`,
          fix: `write one Welsh line for each English line of ${englishFile}, in the same order, conditional lines included.`,
        });
      }
      node.lines.forEach((line, index) =>
        comparePlaceholders(line.text, lines[index], `lines[${index}]`, node.id),
      );
    }
    if (node.kind === 'decision') {
      const choices = welsh.choices ?? {};
      for (const choice of node.choices) {
        const translated = choices[choice.id];
        const base = `choices.${choice.id}`;
        if (!translated) {
          missing(base, node.id, `choice "${choice.id}" has no Welsh text`);
          continue;
        }
        for (const field of ['text', 'feedback'] as const) {
          if (translated[field] === undefined) missing(`${base}.${field}`, node.id);
          else comparePlaceholders(choice[field], translated[field], `${base}.${field}`, node.id);
        }
        if (choice.source && translated.source === undefined) missing(`${base}.source`, node.id);
        else if (choice.source)
          comparePlaceholders(choice.source, translated.source, `${base}.source`, node.id);
        if (!choice.source && translated.source !== undefined)
          extra(
            `${base}.source`,
            node.id,
            `choice "${choice.id}" has no source in English, so there is nothing to translate.`,
          );
      }
      for (const choiceId of Object.keys(choices)) {
        if (!node.choices.some((choice) => choice.id === choiceId))
          extra(
            `choices.${choiceId}`,
            node.id,
            `decision "${node.id}" has no choice "${choiceId}" in ${englishFile}.`,
          );
      }
    }
    if (node.kind === 'ending') {
      if (!welsh.learningPoints) missing('learningPoints', node.id);
      else if (welsh.learningPoints.length !== node.learningPoints.length) {
        problems.push({
          severity: 'error',
          file,
          node: node.id,
          field: 'learningPoints',
          message: `node "${node.id}" has ${welsh.learningPoints.length} Welsh learning points where the English has ${node.learningPoints.length}.`,
          fix: `write one Welsh learning point for each English one of ${englishFile}, in the same order.`,
        });
      } else
        node.learningPoints.forEach((point, index) =>
          comparePlaceholders(
            point,
            welsh.learningPoints![index],
            `learningPoints[${index}]`,
            node.id,
          ),
        );
    }
  }
  return problems;
}

/**
 * The English scenario with the overlay's words in it: same ids, order, targets, scores, flags
 * and conditions. The vlog points at the language's files (vlog.cy.mp4, captions.cy.vtt, …) and
 * each node's segment is the one timed for that vlog. Text the overlay lacks stays English — the
 * build refuses that with Welsh on (overlayProblems), so it only happens in a draft.
 */
export function applyOverlay(
  scenario: Scenario,
  overlay: ScenarioOverlay,
  language: string,
): Scenario {
  const nodes = scenario.nodes.map((node): ScenarioNode => {
    const welsh = overlay.nodes[node.id];
    // The English segment times belong to the English vlog: the language's own, or none.
    const timed = <T extends ScenarioNode>(translated: T): T => {
      const copy = { ...translated };
      delete copy.segment;
      if (welsh?.segment) copy.segment = welsh.segment;
      return copy;
    };
    if (!welsh) return timed(node);
    const lines =
      'lines' in node && node.lines
        ? node.lines.map((line, index) => ({ ...line, text: welsh.lines?.[index] ?? line.text }))
        : undefined;
    switch (node.kind) {
      case 'dialogue':
        return timed({ ...node, lines: lines! });
      case 'scene':
        return timed({
          ...node,
          when: welsh.when ?? node.when,
          where: welsh.where ?? node.where,
          ...(lines ? { lines } : {}),
        });
      case 'decision':
        return timed({
          ...node,
          prompt: welsh.prompt ?? node.prompt,
          choices: node.choices.map((choice) => {
            const translated = welsh.choices?.[choice.id];
            return {
              ...choice,
              text: translated?.text ?? choice.text,
              feedback: translated?.feedback ?? choice.feedback,
              ...(choice.source ? { source: translated?.source ?? choice.source } : {}),
            };
          }),
          ...(node.source ? { source: welsh.source ?? node.source } : {}),
          ...(node.twoMinuteFix ? { twoMinuteFix: welsh.twoMinuteFix ?? node.twoMinuteFix } : {}),
        });
      case 'ending':
        return timed({
          ...node,
          title: welsh.title ?? node.title,
          summary: welsh.summary ?? node.summary,
          learningPoints: node.learningPoints.map(
            (point, index) => welsh.learningPoints?.[index] ?? point,
          ),
          ...(lines ? { lines } : {}),
        });
    }
  });
  return {
    ...scenario,
    title: overlay.title,
    summary: overlay.summary,
    cast: scenario.cast.map((member) => ({
      ...member,
      role: overlay.cast[member.id]?.role ?? member.role,
    })),
    vlog: {
      video: languageAsset(scenario.vlog.video, language),
      captions: languageAsset(scenario.vlog.captions, language),
      ...(scenario.vlog.chapters
        ? { chapters: languageAsset(scenario.vlog.chapters, language) }
        : {}),
      ...(scenario.vlog.poster ? { poster: scenario.vlog.poster } : {}),
    },
    nodes,
  };
}
