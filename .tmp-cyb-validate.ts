// throwaway, not committed
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { scenarioSchema } from './src/schemas/scenario';
import { scenarioOverlaySchema, overlayProblems } from './src/i18n/scenario-overlay';
import { translatedTeachingPageSchema, translationStatusSchema } from './src/schemas/translation';
import { teachingPageSchema as ownTeaching } from '/work/wt/cy-b/src/schemas/teaching-page';
const wt = '/work/wt/cy-b';
let bad = 0;
for (const id of process.argv.slice(2)) {
  const en = scenarioSchema.parse(parse(readFileSync(`${wt}/scenarios/${id}.yaml`, 'utf8')));
  const file = `scenarios/cy/${id}.yaml`;
  const r = scenarioOverlaySchema.safeParse(parse(readFileSync(`${wt}/${file}`, 'utf8')));
  if (!r.success) { console.log(id, JSON.stringify(r.error.issues, null, 1)); bad++; continue; }
  const p = overlayProblems(en, r.data, file);
  for (const x of p) console.log(id, x.node, x.field, x.message);
  bad += p.length;
  try {
    const mdx = readFileSync(`${wt}/content/scenarios/cy/${id}.mdx`, 'utf8');
    const fm = parse(mdx.match(/^---\n([\s\S]*?)\n---/)![1]!);
    const enfm = parse(readFileSync(`${wt}/content/scenarios/${id}.mdx`, 'utf8').match(/^---\n([\s\S]*?)\n---/)![1]!);
    // welsh-ui predates sources[].nations (nations branch): validate without it there, and with it against cy-b's own schema
    const t = translatedTeachingPageSchema.safeParse({ ...fm, sources: fm.sources.map(({ nations, ...rest }: any) => rest) });
    const own = ownTeaching.extend({ translation: translationStatusSchema }).safeParse(fm);
    if (!own.success) { console.log(id, 'mdx(cy-b schema)', JSON.stringify(own.error.issues)); bad++; }
    if (!t.success) { console.log(id, 'mdx', JSON.stringify(t.error.issues)); bad++; }
    for (const f of ['learningOutcomes', 'discussionQuestions', 'sources']) if (fm[f]?.length !== enfm[f]?.length) { console.log(id, 'mdx count', f); bad++; }
    if (fm.scenario !== id) { console.log(id, 'mdx scenario id'); bad++; }
  } catch (e) { console.log(id, 'mdx', String(e)); bad++; }
  console.log(id, 'checked');
}
console.log(bad ? `PROBLEMS: ${bad}` : 'OK');
