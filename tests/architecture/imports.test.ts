import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layers of src/, read from what the files import: no two folders import each other, even
 * through others; the layers go the way README.md's architecture diagram draws them; and the
 * LMS code holds no user interface.
 */
const root = path.resolve(import.meta.dirname, '../..');
const src = path.join(root, 'src');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.(ts|tsx|mts|js|mjs|astro|mdx)$/.test(entry.name) ? [file] : [];
  });
}

// Static and type imports, re-exports, side-effect imports and dynamic imports, in .ts, .tsx and
// the frontmatter and <script> elements of .astro files.
const importPattern =
  /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?[^'"`;]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*\(\s*['"]([^'"]+)['"]\s*\)|(?:^|[\s;])import\s+['"]([^'"]+)['"]/g;

export function importsOf(text: string): string[] {
  return [...text.matchAll(importPattern)].map((match) => match[1] ?? match[2] ?? match[3]!);
}

/** The folder of src/ a file is in; files directly in src/ (site.ts, middleware.ts, content.config.ts) are one layer. */
const rootLayer = '(src root)';
const folderOf = (file: string) => {
  const parts = path.relative(src, file).split(path.sep);
  return parts.length > 1 ? parts[0]! : rootLayer;
};

/** Marks an import of a file outside src/. */
const outside = 'outside src/: ';

interface Edge {
  from: string;
  to: string;
  file: string;
  specifier: string;
}

const files = sourceFiles(src);
const edges: Edge[] = files.flatMap((file) =>
  importsOf(readFileSync(file, 'utf8'))
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => ({
      file: path.relative(root, file),
      specifier,
      resolved: path.resolve(path.dirname(file), specifier),
    }))
    .map(({ file: from, specifier, resolved }) => ({
      from: folderOf(path.join(root, from)),
      to: resolved.startsWith(src + path.sep)
        ? folderOf(resolved)
        : `${outside}${path.relative(root, resolved)}`,
      file: from,
      specifier,
    })),
);
const folderEdges = edges.filter((edge) => edge.from !== edge.to && !edge.to.startsWith(outside));

/** Strongly connected groups of folders with more than one member: each is an import circle. */
function circles(links: readonly Edge[]): string[][] {
  const next = new Map<string, Set<string>>();
  for (const { from, to } of links) next.set(from, (next.get(from) ?? new Set()).add(to));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (folder: string) => {
    index.set(folder, index.size);
    low.set(folder, index.get(folder)!);
    stack.push(folder);
    for (const to of next.get(folder) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(folder, Math.min(low.get(folder)!, low.get(to)!));
      } else if (stack.includes(to)) low.set(folder, Math.min(low.get(folder)!, index.get(to)!));
    }
    if (low.get(folder) === index.get(folder)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        group.push(member);
      } while (member !== folder);
      if (group.length > 1) found.push(group.sort());
    }
  };
  for (const folder of next.keys()) if (!index.has(folder)) visit(folder);
  return found;
}

/** The rows of the README's architecture diagram that name src/ folders, top first: each row's folders. */
function diagramLayers(readme: string): string[][] {
  const section = readme.slice(readme.indexOf('## Architecture'));
  const diagram = /```\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  return diagram
    .split('\n')
    .map((row) =>
      [...row.matchAll(/src\/([\w.-]+)/g)].map((match) =>
        match[1]!.includes('.') ? rootLayer : match[1]!,
      ),
    )
    .filter((row) => row.length)
    .map((row) => [...new Set(row)]);
}

const describeEdges = (list: readonly Edge[]) =>
  list.map((edge) => `${edge.file} imports ${edge.specifier}`);

describe('the import graph of src/', () => {
  it('is read from the files (the parser finds every kind of import)', () => {
    expect(
      importsOf(
        `import a from './a';\nimport type { B } from "../b";\nexport { c } from './c';\nimport './d.scss';\nconst e = await import('./e');\n  import { f } from './f';`,
      ),
    ).toEqual(['./a', '../b', './c', './d.scss', './e', './f']);
    expect(folderEdges.some((edge) => edge.from === 'tracking' && edge.to === 'progress')).toBe(
      true,
    );
  });

  it('has no circle between folders', () => {
    const found = circles(folderEdges);
    const explain = found.map(
      (group) =>
        `${group.join(' ↔ ')}:\n  ${describeEdges(folderEdges.filter((edge) => group.includes(edge.from) && group.includes(edge.to))).join('\n  ')}`,
    );
    expect(explain).toEqual([]);
  });

  it('imports only downwards through the layers README.md draws', () => {
    const layers = diagramLayers(readFileSync(path.join(root, 'README.md'), 'utf8'));
    const layerOf = new Map(
      layers.flatMap((row, depth) => row.map((folder) => [folder, depth] as const)),
    );
    const folders = new Set(files.map(folderOf));
    expect(
      [...folders].filter((folder) => !layerOf.has(folder)),
      'folders missing from the diagram',
    ).toEqual([]);
    const upwards = folderEdges.filter(
      (edge) => layerOf.has(edge.to) && layerOf.get(edge.from)! > layerOf.get(edge.to)!,
    );
    expect(describeEdges(upwards)).toEqual([]);
  });

  it('stays inside src/: nothing imports scorm/, scripts/ or other files of the repository', () => {
    expect(describeEdges(edges.filter((edge) => edge.to.startsWith(outside)))).toEqual([]);
  });

  it('keeps user interface out of src/tracking/, the LMS code', () => {
    const tracking = files
      .filter((file) => folderOf(file) === 'tracking')
      .map((file) => ({ file: path.relative(root, file), text: readFileSync(file, 'utf8') }));
    const ui = tracking.filter(
      ({ file, text }) =>
        /\.(tsx|jsx|astro)$/.test(file) ||
        importsOf(text).some((specifier) =>
          /^(react|react-dom|@xstate\/react)(\/|$)/.test(specifier),
        ),
    );
    expect(ui.map(({ file }) => file)).toEqual([]);
  });
});
