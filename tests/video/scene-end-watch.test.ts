import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  hasReachedEnd,
  millisecondsUntil,
  watchSceneEnd,
  type SceneClock,
} from '../../src/video/scene-end-watch';

/** A video whose clock the test moves by hand, firing the events a browser would. */
class FakeVideo implements SceneClock {
  currentTime = 0;
  playbackRate = 1;
  paused = true;
  frameCallbacks = new Map<number, (now: number, metadata: { mediaTime: number }) => void>();
  requestVideoFrameCallback?: SceneClock['requestVideoFrameCallback'];
  cancelVideoFrameCallback?: SceneClock['cancelVideoFrameCallback'];
  private listeners = new Map<string, Set<() => void>>();
  private nextFrame = 1;

  withFrameCallbacks() {
    this.requestVideoFrameCallback = (callback) => {
      const handle = this.nextFrame++;
      this.frameCallbacks.set(handle, callback);
      return handle;
    };
    this.cancelVideoFrameCallback = (handle) => this.frameCallbacks.delete(handle);
    return this;
  }
  addEventListener(type: string, listener: () => void) {
    if (!this.listeners.has(type)) this.listeners.set(type, new Set());
    this.listeners.get(type)!.add(listener);
  }
  removeEventListener(type: string, listener: () => void) {
    this.listeners.get(type)?.delete(listener);
  }
  fire(type: string) {
    for (const listener of this.listeners.get(type) ?? []) listener();
  }
  /** The browser presents a frame: each callback asked for runs once. */
  presentFrame(mediaTime: number) {
    const callbacks = [...this.frameCallbacks.values()];
    this.frameCallbacks.clear();
    for (const callback of callbacks) callback(0, { mediaTime });
  }
  listenerCount() {
    return [...this.listeners.values()].reduce((sum, set) => sum + set.size, 0);
  }
  play(at: number) {
    this.currentTime = at;
    this.paused = false;
    this.fire('playing');
  }
  /** Plays on for a while with no event at all, as a busy page would. */
  advance(milliseconds: number) {
    if (!this.paused) this.currentTime += (milliseconds / 1000) * this.playbackRate;
    vi.advanceTimersByTime(milliseconds);
  }
}

describe('stopping a scene at its end', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('counts the end reached a frame before it', () => {
    expect(hasReachedEnd(19.96, 20)).toBe(true);
    expect(hasReachedEnd(19.9, 20)).toBe(false);
  });

  it('schedules from the time that remains, at the playing speed', () => {
    expect(millisecondsUntil(20, 10, 1)).toBeCloseTo(9950);
    expect(millisecondsUntil(20, 10, 2)).toBeCloseTo(4975);
    expect(millisecondsUntil(20, 25, 1)).toBe(0);
  });

  it('ends the scene on time with no timeupdate at all', () => {
    const video = new FakeVideo();
    const onEnd = vi.fn();
    watchSceneEnd(video, () => 20, onEnd);
    video.play(10);
    video.advance(9_900);
    expect(onEnd).not.toHaveBeenCalled();
    video.advance(100);
    expect(onEnd).toHaveBeenCalledTimes(1);
  });

  it('re-arms when the learner seeks, so a jump near the end stops there', () => {
    const video = new FakeVideo();
    const onEnd = vi.fn();
    watchSceneEnd(video, () => 20, onEnd);
    video.play(10);
    video.currentTime = 19;
    video.fire('seeked');
    video.advance(1_000);
    expect(onEnd).toHaveBeenCalledTimes(1);
  });

  it('re-arms when the speed changes', () => {
    const video = new FakeVideo();
    const onEnd = vi.fn();
    watchSceneEnd(video, () => 20, onEnd);
    video.play(10);
    video.playbackRate = 2;
    video.fire('ratechange');
    video.advance(5_000);
    expect(onEnd).toHaveBeenCalledTimes(1);
  });

  it('looks again if the timer fires early, as the clock may have lagged', () => {
    const video = new FakeVideo();
    const onEnd = vi.fn();
    watchSceneEnd(video, () => 20, onEnd);
    video.play(10);
    // The video fell behind the wall clock (buffering without an event).
    video.paused = true;
    vi.advanceTimersByTime(10_000);
    video.paused = false;
    expect(onEnd).not.toHaveBeenCalled();
    video.currentTime = 19.5;
    video.fire('timeupdate');
    video.advance(500);
    expect(onEnd).toHaveBeenCalledTimes(1);
  });

  it('does nothing while paused, and ends when a seek lands on the end', () => {
    const video = new FakeVideo();
    const onEnd = vi.fn();
    watchSceneEnd(video, () => 20, onEnd);
    video.currentTime = 12;
    video.fire('pause');
    vi.advanceTimersByTime(60_000);
    expect(onEnd).not.toHaveBeenCalled();
    video.currentTime = 20;
    video.fire('seeked');
    expect(onEnd).toHaveBeenCalledTimes(1);
  });

  it('stops on the first frame at the end where the browser reports frames', () => {
    const video = new FakeVideo().withFrameCallbacks();
    const onEnd = vi.fn();
    watchSceneEnd(video, () => 20, onEnd);
    video.play(19.5);
    expect(video.frameCallbacks.size).toBe(1);
    video.presentFrame(19.8);
    expect(onEnd).not.toHaveBeenCalled();
    // The clock the element reports may lag the frame on screen; the frame's own time counts.
    video.presentFrame(19.98);
    expect(onEnd).toHaveBeenCalledTimes(1);
    expect(video.frameCallbacks.size).toBe(0);
  });

  it('is backed up by timeupdate', () => {
    const video = new FakeVideo();
    const onEnd = vi.fn();
    watchSceneEnd(video, () => 20, onEnd);
    video.currentTime = 20.1;
    video.fire('timeupdate');
    expect(onEnd).toHaveBeenCalledTimes(1);
  });

  it('watches nothing while there is no end (free viewing), and reads the end afresh', () => {
    const video = new FakeVideo();
    const onEnd = vi.fn();
    let end: number | null = null;
    watchSceneEnd(video, () => end, onEnd);
    video.play(30);
    video.advance(5_000);
    expect(onEnd).not.toHaveBeenCalled();
    end = 36;
    video.fire('seeked');
    video.advance(1_000);
    expect(onEnd).toHaveBeenCalledTimes(1);
  });

  it('stops watching when told, timers and listeners too', () => {
    const video = new FakeVideo();
    const onEnd = vi.fn();
    const stop = watchSceneEnd(video, () => 20, onEnd);
    video.play(19);
    stop();
    video.advance(2_000);
    expect(onEnd).not.toHaveBeenCalled();
    expect(video.listenerCount()).toBe(0);
  });
});
