import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRecoveryScheduler } from './recoveryScheduler';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createRecoveryScheduler', () => {
  it('writes once, about a second after the last change, with the newest snapshot', async () => {
    const write = vi.fn();
    const scheduler = createRecoveryScheduler<string>({ delayMs: 1000, write });
    scheduler.schedule('T');
    await vi.advanceTimersByTimeAsync(600);
    scheduler.schedule('Th');
    await vi.advanceTimersByTimeAsync(600);
    scheduler.schedule('The');
    expect(scheduler.pending).toBe(true);
    await vi.advanceTimersByTimeAsync(999);
    expect(write).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(write.mock.calls).toEqual([['The']]);
    expect(scheduler.pending).toBe(false);
  });

  it('defaults to one second', async () => {
    const write = vi.fn();
    createRecoveryScheduler<number>({ write }).schedule(1);
    await vi.advanceTimersByTimeAsync(999);
    expect(write).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(write).toHaveBeenCalledWith(1);
  });

  it('flush writes the pending snapshot at once and waits for it; nothing is written twice', async () => {
    const written: string[] = [];
    const write = vi.fn(async (s: string) => {
      await Promise.resolve();
      written.push(s);
    });
    const scheduler = createRecoveryScheduler<string>({ write });
    scheduler.schedule('draft');
    await scheduler.flush();
    expect(written).toEqual(['draft']);
    await vi.advanceTimersByTimeAsync(5000);
    expect(write).toHaveBeenCalledTimes(1);
    await scheduler.flush();
    expect(write).toHaveBeenCalledTimes(1);
  });

  it('cancel drops the pending snapshot', async () => {
    const write = vi.fn();
    const scheduler = createRecoveryScheduler<string>({ write });
    scheduler.schedule('unsaved');
    scheduler.cancel();
    expect(scheduler.pending).toBe(false);
    await vi.advanceTimersByTimeAsync(5000);
    await scheduler.flush();
    expect(write).not.toHaveBeenCalled();
  });

  it('runs writes one at a time, in order, and reports a failed write without stopping', async () => {
    const order: string[] = [];
    let release!: () => void;
    const slow = new Promise<void>((r) => (release = r));
    const onError = vi.fn();
    const write = vi.fn(async (s: string) => {
      order.push(`start ${s}`);
      if (s === 'a') await slow;
      if (s === 'b') throw new Error('disk full');
      order.push(`end ${s}`);
    });
    const scheduler = createRecoveryScheduler<string>({ write, onError });
    scheduler.schedule('a');
    await vi.advanceTimersByTimeAsync(1000);
    scheduler.schedule('b');
    await vi.advanceTimersByTimeAsync(1000);
    scheduler.schedule('c');
    await vi.advanceTimersByTimeAsync(1000);
    expect(order).toEqual(['start a']);
    release();
    await scheduler.flush();
    expect(order).toEqual(['start a', 'end a', 'start b', 'start c', 'end c']);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'disk full' }));
  });
});
