import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { nationSchema, type Nation, type NationId } from '../schemas/nation';
import { fieldPath, type Problem } from '../schemas/problem';
import { describeIssue, parseYaml } from '../schemas/yaml-source';

/** Where the nations' data live, relative to the project root: one file per nation. */
export const nationsFolder = 'content/nations';

/** The data file for a nation, as authors know it, e.g. "content/nations/wales.yaml". */
export const nationFile = (id: NationId) => `${nationsFolder}/${id}.yaml`;

export interface ReadNation {
  /** The nation's data, or null when the file is missing or wrong. */
  nation: Nation | null;
  /** Everything wrong with the file, each with its line and field. */
  problems: Problem[];
}

/** Reads and checks content/nations/<id>.yaml; every problem names the file, line and field. */
export function readNation(root: string, id: NationId): ReadNation {
  const file = nationFile(id);
  const full = path.join(root, file);
  if (!existsSync(full)) {
    return {
      nation: null,
      problems: [
        {
          severity: 'error',
          file,
          message: `the settings choose nation: ${id}, but ${file} does not exist.`,
          fix: `restore ${file} from the repository, or choose another nation (england, wales, scotland or northern-ireland).`,
        },
      ],
    };
  }
  const parsed = parseYaml(readFileSync(full, 'utf8'));
  if (parsed.syntaxProblems.length)
    return {
      nation: null,
      problems: parsed.syntaxProblems.map((problem) => ({ ...problem, file })),
    };
  const result = nationSchema.safeParse(parsed.data);
  if (!result.success) {
    return {
      nation: null,
      problems: result.error.issues.map((issue): Problem => {
        const described = describeIssue(issue, parsed.data, { docs: 'docs/tailoring.md' });
        const line = parsed.lineOf(described.path);
        return {
          severity: 'error',
          file,
          ...(line ? { line } : {}),
          ...(described.path.length ? { field: fieldPath(described.path) } : {}),
          message: described.message,
          fix: described.fix,
        };
      }),
    };
  }
  if (result.data.id !== id) {
    return {
      nation: null,
      problems: [
        {
          severity: 'error',
          file,
          line: parsed.lineOf(['id']),
          field: 'id',
          message: `the file is for nation "${id}" but its id says "${result.data.id}".`,
          fix: `set id: ${id}.`,
        },
      ],
    };
  }
  return { nation: result.data, problems: [] };
}
