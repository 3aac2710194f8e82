import { useTranslate } from '../../i18n/MessagesContext';
import type { Choice } from '../../schemas/scenario';

interface Props {
  /** The choices the learner can make here. */
  choices: readonly Choice[];
  practising: boolean;
  onChoose: (choice: Choice) => void;
}

/** A decision's options, straight under its question. */
export function DecisionChoices({ choices, practising, onChoose }: Props) {
  const t = useTranslate();
  return (
    <fieldset className="nhsuk-fieldset app-case__choices">
      <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
        {practising ? t('practice.choose', { choose: t('case.choose') }) : t('case.choose')}
      </legend>
      <ul className="app-case__choice-list">
        {choices.map((choice) => (
          <li key={choice.id}>
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary app-case__choice"
              onClick={() => onChoose(choice)}
            >
              {choice.text}
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
