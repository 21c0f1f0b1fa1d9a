import cliProgress from 'cli-progress';

/** A progress bar for one phase of the run: `phase [====    ] 120/400 detail`. */
export interface PhaseProgress {
  tick(detail?: string): void;
  update(done: number, total: number, detail?: string): void;
  stop(): void;
}

export function phaseProgress(phase: string, total: number): PhaseProgress {
  const bar = new cliProgress.SingleBar(
    // Without a terminal (output to a file), a line every 10 s instead of a redrawn bar.
    { format: `${phase.padEnd(22)} [{bar}] {value}/{total} {detail}`, hideCursor: true, etaBuffer: 50, noTTYOutput: true, notTTYSchedule: 10_000 },
    cliProgress.Presets.shades_classic,
  );
  bar.start(Math.max(1, total), 0, { detail: '' });
  return {
    tick: (detail = '') => bar.increment(1, { detail }),
    update: (done, newTotal, detail = '') => {
      bar.setTotal(Math.max(1, newTotal));
      bar.update(done, { detail });
    },
    stop: () => bar.stop(),
  };
}
