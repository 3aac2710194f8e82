import type { Line, Scenario } from '../../schemas/scenario';
import { castMember } from '../case/describe';
import { useTranslate } from '../../i18n/MessagesContext';
import { SideIcon } from '../case/SideIcon';

/** A scene's lines in large type: who says it (name, role, side and icon, not colour alone), then the words. */
export function SpokenLines({ scenario, lines }: { scenario: Scenario; lines: readonly Line[] }) {
  const t = useTranslate();
  if (!lines.length) return null;
  return (
    <ul className="app-presenter__lines">
      {lines.map((line, index) => {
        const speaker = castMember(scenario, line.speaker);
        return (
          <li key={index} className={`app-presenter-line app-presenter-line--${speaker.side}`}>
            <p className="app-presenter-line__speaker">
              <SideIcon side={speaker.side} />
              <span className="app-presenter-line__name">{speaker.name}</span>
              <span className="app-presenter-line__role">
                {speaker.role} ({t(`side.${speaker.side}`)})
              </span>
            </p>
            <p className="app-presenter-line__text">{line.text}</p>
          </li>
        );
      })}
    </ul>
  );
}
