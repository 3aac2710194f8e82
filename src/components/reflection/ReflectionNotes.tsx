import { useEffect, useRef, useState } from 'react';
import { loadReflection, portfolioNote, reflectionFields, saveReflection, type Reflection, type ReflectionField } from '../../reflection/reflection-store';
import { downloadText } from './download-text';

interface Props {
  scenarioId: string;
  scenarioTitle: string;
  moduleTitle: string;
  /** A question to start the learner thinking, from the teaching page. */
  prompt: string;
  /** Where all reflections can be printed or downloaded together. */
  reflectionsHref: string;
}

const blank: Reflection = { whatHappened: '', whatILearned: '', whatIWillDoDifferently: '', updatedAt: '' };

/**
 * An optional reflection on one scenario, saved in this browser as the learner types, and
 * downloadable as a note for a foundation or GP training e-portfolio.
 */
export default function ReflectionNotes({ scenarioId, scenarioTitle, moduleTitle, prompt, reflectionsHref }: Props) {
  const [reflection, setReflection] = useState<Reflection>(blank);
  const [status, setStatus] = useState<'idle' | 'saved' | 'unsaved'>('idle');
  const loaded = useRef(false);

  useEffect(() => {
    setReflection(loadReflection(scenarioId) ?? blank);
    loaded.current = true;
  }, [scenarioId]);

  const update = (key: ReflectionField, value: string) => {
    const next = { ...reflection, [key]: value, updatedAt: new Date().toISOString() };
    setReflection(next);
    setStatus(saveReflection(scenarioId, next) ? 'saved' : 'unsaved');
  };

  return (
    <section className="app-reflection" aria-labelledby={`reflection-${scenarioId}`}>
      <h2 id={`reflection-${scenarioId}`}>Reflect on this case (optional)</h2>
      <p>{prompt}</p>
      <p className="nhsuk-body-s">
        Your notes are saved in this browser as you type. They are yours: they are not sent to your organisation's learning
        system or anywhere else unless you download or print them.
      </p>
      {reflectionFields.map(({ key, label, hint }) => (
        <div className="nhsuk-form-group" key={key}>
          <label className="nhsuk-label nhsuk-label--s" htmlFor={`${scenarioId}-${key}`}>
            {label}
          </label>
          <div className="nhsuk-hint" id={`${scenarioId}-${key}-hint`}>
            {hint}
          </div>
          <textarea
            className="nhsuk-textarea"
            id={`${scenarioId}-${key}`}
            rows={4}
            aria-describedby={`${scenarioId}-${key}-hint`}
            value={reflection[key]}
            onChange={(event) => update(key, event.target.value)}
          />
        </div>
      ))}
      <p className="nhsuk-body-s" role="status" aria-live="polite">
        {status === 'saved' && 'Your notes are saved in this browser.'}
        {status === 'unsaved' && 'This browser is not keeping your notes (private browsing or storage turned off). Download them before you leave.'}
      </p>
      <div className="app-case__secondary-actions">
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary app-case__small-button"
          onClick={() => downloadText(`reflection-${scenarioId}.txt`, portfolioNote([{ title: scenarioTitle, reflection }], moduleTitle))}
        >
          Download this reflection (text file)
        </button>
        <a className="nhsuk-button nhsuk-button--secondary app-case__small-button" href={reflectionsHref}>
          Print or download all my reflections
        </a>
      </div>
    </section>
  );
}
