import { Component, type ErrorInfo, type ReactNode } from 'react';
import { translator, type Messages } from '../../i18n/messages';

interface Props {
  children: ReactNode;
  /** Where the learner can go to carry on. */
  scenariosHref: string;
  /** The case.* strings, in the page's language (a class component cannot use the context hook). */
  messages: Messages;
}

/**
 * `useActor` rethrows an actor's error during render (@xstate/react 6), so without a boundary one
 * bad transition would blank the page. The learner's saved progress is untouched by this.
 */
export class CaseErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('The case dialogue stopped:', error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    const t = translator(this.props.messages);
    return (
      <div className="nhsuk-card nhsuk-card--warning" role="alert">
        <div className="nhsuk-card__content">
          <h2 className="nhsuk-card__heading">{t('case.error.heading')}</h2>
          <p className="nhsuk-card__description">
            {t('case.error.body')} <a href={this.props.scenariosHref}>{t('case.error.link')}</a>
            {t('case.error.end')}
          </p>
        </div>
      </div>
    );
  }
}
