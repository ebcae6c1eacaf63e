/**
 * Small helpers for bench files (scripts/bench/*.bench.ts, run by scripts/bench.mjs): time a
 * function several times and keep the median, so one slow run on a busy machine does not decide.
 */

/** How often to run a measured function. */
export interface MeasureOptions {
  /** Runs that count. */
  readonly runs?: number;
  /** Runs before those, to let the JIT settle; not counted. */
  readonly warmup?: number;
}

/** The median of `values` (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2;
}

/** Runs `fn` `warmup + runs` times and returns the median duration of the counted runs, in ms. */
export async function medianMs(fn: () => unknown, options: MeasureOptions = {}): Promise<number> {
  const runs = options.runs ?? 15;
  const warmup = options.warmup ?? 3;
  const durations: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const started = performance.now();
    await fn();
    if (i >= warmup) durations.push(performance.now() - started);
  }
  return median(durations);
}

/** Rounds a duration for reporting: 0.001 ms precision is plenty. */
export function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}
