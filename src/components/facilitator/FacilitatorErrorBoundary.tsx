import { Component, type ErrorInfo, type ReactNode } from 'react';

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
    return (
      <div className="nhsuk-card nhsuk-card--warning" role="alert">
        <div className="nhsuk-card__content">
          <h2 className="nhsuk-card__heading">Sorry, the presenter view stopped working</h2>
          <p className="nhsuk-card__description">
            The room's votes so far are saved in this browser. Reload the page to carry on, or{' '}
            <a href={this.props.startHref}>go back to the facilitator start page</a>.
          </p>
        </div>
      </div>
    );
  }
}
