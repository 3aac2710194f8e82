import { useEffect, useState } from 'react';
import { isEmpty, loadReflection, portfolioNote, reflectionFields, type Reflection } from '../../reflection/reflection-store';
import { downloadText } from './download-text';

interface Props {
  moduleTitle: string;
  scenarios: { id: string; title: string; href: string }[];
}

/** Every reflection the learner has written, ready to print or download for their e-portfolio. */
export default function AllReflections({ moduleTitle, scenarios }: Props) {
  const [entries, setEntries] = useState<{ id: string; title: string; href: string; reflection: Reflection }[] | null>(null);
  useEffect(() => {
    setEntries(
      scenarios.flatMap((scenario) => {
        const reflection = loadReflection(scenario.id);
        return reflection && !isEmpty(reflection) ? [{ ...scenario, reflection }] : [];
      }),
    );
  }, [scenarios]);

  if (!entries) return <p>Loading your reflections…</p>;
  if (!entries.length) {
    return <p>You have not written any reflections yet. Each scenario page has a space for one after the case.</p>;
  }
  const date = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  return (
    <div className="app-reflections">
      <div className="app-case__secondary-actions app-no-print">
        <button type="button" className="nhsuk-button" onClick={() => window.print()}>
          Print my reflections
        </button>
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => downloadText('reflections.txt', portfolioNote(entries, moduleTitle))}>
          Download my reflections (text file)
        </button>
      </div>
      {entries.map(({ id, title, href, reflection }) => (
        <article key={id} className="app-reflections__entry" aria-labelledby={`reflection-title-${id}`}>
          <h2 id={`reflection-title-${id}`}>
            Reflection: {title}
          </h2>
          <p className="app-no-print">
            <a href={href}>Open the scenario</a>
          </p>
          <p className="nhsuk-body-s">
            Learning activity: {moduleTitle}, e-learning scenario "{title}". Date: {date}.
          </p>
          {reflectionFields.map(({ key, label }) => (
            <div key={key}>
              <h3 className="nhsuk-heading-s">{label}</h3>
              <p className="app-reflections__text">{reflection[key].trim() || '(not written)'}</p>
            </div>
          ))}
        </article>
      ))}
    </div>
  );
}
