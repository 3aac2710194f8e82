import { useEffect, useRef, useState } from 'react';
import {
  loadReflection,
  portfolioNote,
  reflectionFields,
  saveReflection,
  type Reflection,
  type ReflectionField,
} from '../../reflection/reflection-store';
import { MessagesProvider, useTranslate } from '../../i18n/MessagesContext';
import { documentLocale } from '../../i18n/languages';
import type { Messages } from '../../i18n/messages';
import { downloadText } from '../download/download-text';

interface Props {
  scenarioId: string;
  scenarioTitle: string;
  moduleTitle: string;
  /** A question to start the learner thinking, from the teaching page. */
  prompt: string;
  /** Where all reflections can be printed or downloaded together. */
  reflectionsHref: string;
}

const blank: Reflection = {
  whatHappened: '',
  whatILearned: '',
  whatIWillDoDifferently: '',
  updatedAt: '',
};

/**
 * An optional reflection on one scenario, saved in this browser as the learner types, and
 * downloadable as a note for a foundation or GP training e-portfolio.
 */
export default function ReflectionNotes({ messages, ...props }: Props & { messages: Messages }) {
  return (
    <MessagesProvider messages={messages}>
      <Notes {...props} />
    </MessagesProvider>
  );
}

function Notes({ scenarioId, scenarioTitle, moduleTitle, prompt, reflectionsHref }: Props) {
  const t = useTranslate();
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
      <h2 id={`reflection-${scenarioId}`}>{t('reflections.notes.heading')}</h2>
      <p>{prompt}</p>
      <p className="nhsuk-body-s">{t('reflections.notes.privacy')}</p>
      {reflectionFields.map((key) => (
        <div className="nhsuk-form-group" key={key}>
          <label className="nhsuk-label nhsuk-label--s" htmlFor={`${scenarioId}-${key}`}>
            {t(`reflections.fields.${key}.label`)}
          </label>
          <div className="nhsuk-hint" id={`${scenarioId}-${key}-hint`}>
            {t(`reflections.fields.${key}.hint`)}
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
        {status === 'saved' && t('reflections.notes.saved')}
        {status === 'unsaved' && t('reflections.notes.unsaved')}
      </p>
      <div className="app-case__secondary-actions">
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary app-case__small-button"
          onClick={() =>
            downloadText(
              `reflection-${scenarioId}.txt`,
              portfolioNote(
                [{ title: scenarioTitle, reflection }],
                moduleTitle,
                t,
                new Date(),
                documentLocale(),
              ),
            )
          }
        >
          {t('reflections.notes.download')}
        </button>
        <a
          className="nhsuk-button nhsuk-button--secondary app-case__small-button"
          href={reflectionsHref}
        >
          {t('reflections.notes.allLink')}
        </a>
      </div>
    </section>
  );
}
