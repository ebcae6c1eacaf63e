/**
 * A fake world for the ticker: a wall clock and a monotonic timer queue that can drift apart, as
 * they do on a real machine (suspend freezes timers but not the wall clock; a person can set the
 * clock back). Used by the ticker tests and the ticker benchmark.
 */
import type { Clock } from '../../../src/shared/domain/types';
import type { TimerPort } from '../../../src/shared/tray/ticker';

interface Pending {
  readonly at: number;
  readonly fire: () => void;
}

/** The fake machine. */
export class TickerWorld {
  /** Wall-clock time in ms since the epoch. */
  wall: number;
  /** Monotonic time in ms (what timers run on). */
  mono = 0;
  private pending: Pending[] = [];

  constructor(start: Date) {
    this.wall = start.getTime();
  }

  readonly clock: Clock = { now: () => new Date(this.wall) };

  readonly timers: TimerPort = {
    start: (delayMs, fire) => {
      const entry: Pending = { at: this.mono + delayMs, fire };
      this.pending.push(entry);
      return () => {
        this.pending = this.pending.filter((candidate) => candidate !== entry);
      };
    },
  };

  /** Timers waiting to fire. */
  pendingCount(): number {
    return this.pending.length;
  }

  /** Lets `ms` pass on both clocks, firing every timer due on the way, in order. */
  advance(ms: number): void {
    const end = this.mono + ms;
    for (;;) {
      const next = this.pending.reduce<Pending | null>(
        (soonest, entry) => (soonest === null || entry.at < soonest.at ? entry : soonest),
        null,
      );
      if (next === null || next.at > end) break;
      this.pending = this.pending.filter((candidate) => candidate !== next);
      this.wall += next.at - this.mono;
      this.mono = next.at;
      next.fire();
    }
    this.wall += end - this.mono;
    this.mono = end;
  }

  /** The machine sleeps `ms`: the wall clock moves on, timers do not. */
  suspend(ms: number): void {
    this.wall += ms;
  }

  /** Someone sets the wall clock to `at`. */
  setWall(at: Date): void {
    this.wall = at.getTime();
  }
}
