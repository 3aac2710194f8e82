/**
 * A learner can open the module twice: two LMS windows, or a second tab left open. Each launch has
 * its own LMS session and each saves the whole of the progress, so the last save would win and
 * could overwrite newer progress with older. Policy: the newest launch takes over. It announces
 * itself on a BroadcastChannel (same browser); an older launch that hears it saves, ends its LMS
 * session and says where to carry on, and the newest says it took over. Launches on different
 * devices cannot see each other: there the latest save wins (see docs/lms.md).
 */

export interface ChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  close(): void;
}

type Message = { type: 'opened'; launchId: string } | { type: 'handed-over'; to: string };

export interface SecondLaunchOptions {
  channel: ChannelLike;
  launchId: string;
  /** Whether this launch still holds a session to hand over. */
  isActive(): boolean;
  /** Another launch opened: save and end this one. */
  handOver(): void;
  /** An older launch handed over to this one. */
  tookOver(): void;
}

export const launchChannelName = (moduleId: string, learnerId: string) => `across-the-interface:launch:${moduleId}:${learnerId}`;

export function watchForOtherLaunches(options: SecondLaunchOptions): () => void {
  const { channel, launchId } = options;
  channel.addEventListener('message', ({ data }) => {
    const message = data as Partial<Message> | null;
    if (message?.type === 'opened' && typeof message.launchId === 'string' && message.launchId !== launchId && options.isActive()) {
      options.handOver();
      channel.postMessage({ type: 'handed-over', to: message.launchId } satisfies Message);
    } else if (message?.type === 'handed-over' && message.to === launchId) {
      options.tookOver();
    }
  });
  channel.postMessage({ type: 'opened', launchId } satisfies Message);
  return () => channel.close();
}
