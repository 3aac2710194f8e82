import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslate } from '../../i18n/MessagesContext';

interface Props {
  children: ReactNode;
  /** The facilitator start page, to carry on from. */
  startHref: string;
}

/**
 * `useActor` rethrows an actor's error during render (@xstate/react 6), so without a boundary one
 * bad transition would blank the projector. The room's votes so far stay in local storage.
 */
export class FacilitatorErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('The presenter view stopped:', error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return <PresenterStopped startHref={this.props.startHref} />;
  }
}

/** What the room sees instead of a blank projector. */
function PresenterStopped({ startHref }: { startHref: string }) {
  const t = useTranslate();
  return (
    <div className="nhsuk-card nhsuk-card--warning" role="alert">
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-card__heading">{t('presenter.error.heading')}</h2>
        <p className="nhsuk-card__description">
          {t('presenter.error.body')} <a href={startHref}>{t('presenter.error.link')}</a>
          {t('presenter.error.end')}
        </p>
      </div>
    </div>
  );
}
