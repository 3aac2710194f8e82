import { useTranslate } from '../../i18n/MessagesContext';
import type { Message } from '../../facilitator/presenter-message';
import { rememberTextSize, textSizes, type TextSize } from './projector-fit';
import type { Notice } from './opened-run';

interface Props {
  title: string;
  progress: Message;
  fullscreen: boolean;
  textSize: TextSize;
  onTextSize: (size: TextSize) => void;
  onHelp: () => void;
  onFullscreen: () => void;
}

/** The bar above the stage: the scenario, where the room is, and the facilitator's tools. */
export function PresenterBar({
  title,
  progress,
  fullscreen,
  textSize,
  onTextSize,
  onHelp,
  onFullscreen,
}: Props) {
  const t = useTranslate();
  return (
    <div className="app-presenter__bar">
      <p className="app-presenter__title">
        <span className="app-presenter__mode">{t('presenter.mode')}</span> {title}
      </p>
      <p className="app-presenter__progress" data-testid="presenter-progress">
        {t(progress.key, progress.params)}
      </p>
      <div className="app-presenter__tools">
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary app-presenter__small-button"
          onClick={onHelp}
          aria-haspopup="dialog"
        >
          {t('presenter.keysButton')}{' '}
          <kbd aria-hidden="true">{t('presenter.keyNames.question')}</kbd>
        </button>
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary app-presenter__small-button"
          onClick={onFullscreen}
        >
          {t(fullscreen ? 'presenter.leaveFullScreen' : 'presenter.fullScreen')}{' '}
          <kbd aria-hidden="true">{t('presenter.keyNames.f')}</kbd>
        </button>
        <div className="app-presenter__text-size">
          <label className="nhsuk-label" htmlFor="presenter-text-size">
            {t('presenter.textSize.label')}
          </label>
          <select
            id="presenter-text-size"
            className="nhsuk-select"
            value={textSize}
            onChange={(event) => {
              const size = event.target.value as TextSize;
              onTextSize(size);
              rememberTextSize(size);
            }}
          >
            {textSizes.map((size) => (
              <option key={size} value={size}>
                {t(`presenter.textSize.${size}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
    </div>
  );
}

/** Says the room's session was picked up where it was left, or that a changed scenario starts afresh. */
export function ResumeNotice({ notice }: { notice: Notice }) {
  const t = useTranslate();
  if (!notice) return null;
  return (
    <div
      className="nhsuk-inset-text app-presenter__notice"
      role={notice === 'discarded' ? 'status' : undefined}
    >
      <span className="nhsuk-u-visually-hidden">{t('presenter.notice.information')}</span>
      <p>{t(`presenter.notice.${notice}`)}</p>
    </div>
  );
}
