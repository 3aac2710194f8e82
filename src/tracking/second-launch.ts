/**
 * A learner can open the module twice: two LMS windows, or a second tab left open. Each launch has
 * its own LMS session and each saves the whole of the progress, so the last save would win and
 * could overwrite newer progress with older. Policy: the newest launch takes over. It announces
 * itself on a BroadcastChannel (same browser); an older launch that hears it saves, ends its LMS
 * session and says where to carry on, and the newest says it took over. Launches on different
 * devices cannot see each other: there the latest save wins (see docs/lms.md).
 *
 * When one of the two windows closes, the other is told, so neither keeps saying "carry on in the
 * other window" (or "it was also open elsewhere") about a window that has gone.
 */

export interface ChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  close(): void;
}

type Message =
  | { type: 'opened'; launchId: string }
  | { type: 'handed-over'; from: string; to: string }
  | { type: 'closed'; launchId: string };

export interface SecondLaunchOptions {
  channel: ChannelLike;
  launchId: string;
  /** Whether this launch still holds a session to hand over. */
  isActive(): boolean;
  /** Another launch opened: save and end this one. */
  handOver(): void;
  /** An older launch handed over to this one. */
  tookOver(): void;
  /** The launch this one handed over to, or took over from, has closed. */
  otherClosed(): void;
}

/**
 * One channel per activity (module, learner and the content location, as activityCopyKey): two
 * activities with the same package keep separate records, so they do not hand over to each other.
 */
export const launchChannelName = (moduleId: string, learnerId: string, contentLocation: string) =>
  `across-the-interface:launch:${moduleId}:${encodeURIComponent(learnerId)}:${encodeURIComponent(contentLocation)}`;

/** Starts watching; the function returned says this launch is closing and stops watching. */
export function watchForOtherLaunches(options: SecondLaunchOptions): () => void {
  const { channel, launchId } = options;
  /** The launches this one handed over to or took over from. */
  const partners = new Set<string>();
  channel.addEventListener('message', ({ data }) => {
    const message = data as Partial<Message> | null;
    if (
      message?.type === 'opened' &&
      typeof message.launchId === 'string' &&
      message.launchId !== launchId &&
      options.isActive()
    ) {
      options.handOver();
      partners.add(message.launchId);
      channel.postMessage({
        type: 'handed-over',
        from: launchId,
        to: message.launchId,
      } satisfies Message);
    } else if (message?.type === 'handed-over' && message.to === launchId) {
      if (typeof message.from === 'string') partners.add(message.from);
      options.tookOver();
    } else if (
      message?.type === 'closed' &&
      typeof message.launchId === 'string' &&
      partners.delete(message.launchId)
    ) {
      options.otherClosed();
    }
  });
  channel.postMessage({ type: 'opened', launchId } satisfies Message);
  return () => {
    channel.postMessage({ type: 'closed', launchId } satisfies Message);
    channel.close();
  };
}
