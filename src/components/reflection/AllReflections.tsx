import { useEffect, useState } from 'react';
import {
  isEmpty,
  loadReflection,
  portfolioNote,
  reflectionFields,
  type Reflection,
} from '../../reflection/reflection-store';
import { MessagesProvider, useTranslate } from '../../i18n/MessagesContext';
import { documentLocale } from '../../i18n/languages';
import type { Messages } from '../../i18n/messages';
import { downloadText } from '../download/download-text';

interface Props {
  moduleTitle: string;
  scenarios: { id: string; title: string; href: string }[];
}

/** Every reflection the learner has written, ready to print or download for their e-portfolio. */
export default function AllReflections({ messages, ...props }: Props & { messages: Messages }) {
  return (
    <MessagesProvider messages={messages}>
      <Reflections {...props} />
    </MessagesProvider>
  );
}

function Reflections({ moduleTitle, scenarios }: Props) {
  const t = useTranslate();
  const [entries, setEntries] = useState<
    { id: string; title: string; href: string; reflection: Reflection }[] | null
  >(null);
  useEffect(() => {
    setEntries(
      scenarios.flatMap((scenario) => {
        const reflection = loadReflection(scenario.id);
        return reflection && !isEmpty(reflection) ? [{ ...scenario, reflection }] : [];
      }),
    );
  }, [scenarios]);

  if (!entries) return <p>{t('reflections.loading')}</p>;
  if (!entries.length) {
    return <p>{t('reflections.none')}</p>;
  }
  const locale = documentLocale();
  const date = new Date().toLocaleDateString(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  return (
    <div className="app-reflections">
      <div className="app-case__secondary-actions app-no-print">
        <button type="button" className="nhsuk-button" onClick={() => window.print()}>
          {t('reflections.printAll')}
        </button>
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary"
          onClick={() =>
            downloadText(
              'reflections.txt',
              portfolioNote(entries, moduleTitle, t, new Date(), locale),
            )
          }
        >
          {t('reflections.downloadAll')}
        </button>
      </div>
      {entries.map(({ id, title, href, reflection }) => (
        <article
          key={id}
          className="app-reflections__entry"
          aria-labelledby={`reflection-title-${id}`}
        >
          <h2 id={`reflection-title-${id}`}>{t('reflections.entryHeading', { title })}</h2>
          <p className="app-no-print">
            <a href={href}>{t('reflections.openScenario')}</a>
          </p>
          <p className="nhsuk-body-s">
            {t('reflections.activity', { module: moduleTitle, title, date })}
          </p>
          {reflectionFields.map((key) => (
            <div key={key}>
              <h3 className="nhsuk-heading-s">{t(`reflections.fields.${key}.label`)}</h3>
              <p className="app-reflections__text">
                {reflection[key].trim() || t('reflections.notWritten')}
              </p>
            </div>
          ))}
        </article>
      ))}
    </div>
  );
}
