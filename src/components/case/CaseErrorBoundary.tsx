import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** Where the learner can go to carry on. */
  scenariosHref: string;
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
    return (
      <div className="nhsuk-card nhsuk-card--warning" role="alert">
        <div className="nhsuk-card__content">
          <h2 className="nhsuk-card__heading">Sorry, the case stopped working</h2>
          <p className="nhsuk-card__description">
            Your progress so far is saved. Reload the page to carry on, or{' '}
            <a href={this.props.scenariosHref}>go back to the scenarios</a>.
          </p>
        </div>
      </div>
    );
  }
}
