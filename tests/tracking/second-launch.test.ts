import { describe, expect, it } from 'vitest';
import { watchForOtherLaunches, type ChannelLike } from '../../src/tracking/second-launch';

/** BroadcastChannels on one bus: a message reaches every other channel, never its sender. */
function bus() {
  const channels: Array<{ listeners: Array<(event: { data: unknown }) => void> }> = [];
  return (): ChannelLike => {
    const self = { listeners: [] as Array<(event: { data: unknown }) => void> };
    channels.push(self);
    return {
      postMessage: (data) =>
        channels
          .filter((channel) => channel !== self)
          .forEach((channel) => channel.listeners.forEach((listener) => listener({ data }))),
      addEventListener: (_type, listener) => void self.listeners.push(listener),
      close: () => void channels.splice(channels.indexOf(self), 1),
    };
  };
}

function launch(open: () => ChannelLike, id: string) {
  const state = { active: true, handedOver: 0, tookOver: 0, otherClosed: 0, close: () => {} };
  state.close = watchForOtherLaunches({
    channel: open(),
    launchId: id,
    isActive: () => state.active,
    handOver: () => {
      state.handedOver += 1;
      state.active = false;
    },
    tookOver: () => (state.tookOver += 1),
    otherClosed: () => (state.otherClosed += 1),
  });
  return state;
}

describe('a second launch in the same browser', () => {
  it('takes over: the older launch saves and stops, the newer one is told', () => {
    const open = bus();
    const first = launch(open, 'first');
    const second = launch(open, 'second');
    expect(first).toMatchObject({ active: false, handedOver: 1, tookOver: 0 });
    expect(second).toMatchObject({ active: true, handedOver: 0, tookOver: 1 });
  });

  it('only the launch still running answers a third', () => {
    const open = bus();
    const first = launch(open, 'first');
    const second = launch(open, 'second');
    const third = launch(open, 'third');
    expect(first.handedOver).toBe(1);
    expect(second).toMatchObject({ handedOver: 1, active: false });
    expect(third).toMatchObject({ tookOver: 1, active: true });
  });

  it('when either window closes, the other hears it, and only from its own partner', () => {
    const open = bus();
    const first = launch(open, 'first');
    const second = launch(open, 'second');
    const unrelated = launch(bus(), 'elsewhere');
    first.close();
    expect(second.otherClosed).toBe(1);
    expect(unrelated.otherClosed).toBe(0);

    const third = launch(open, 'third');
    third.close();
    expect(second.otherClosed).toBe(2);
    second.close();
    expect(first.otherClosed).toBe(0);
  });

  it('a launch alone is left alone', () => {
    expect(launch(bus(), 'only')).toMatchObject({ active: true, handedOver: 0, tookOver: 0 });
  });
});
