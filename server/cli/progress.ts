import cliProgress from 'cli-progress';

/** A progress bar on stderr (so stdout stays clean for data); silent when stderr is not a terminal and CI asks for quiet. */
export function progressBar(label: string) {
  const bar = new cliProgress.SingleBar(
    { format: `${label} [{bar}] {percentage}% | {value}/{total} {unit} | {eta_formatted} left`, hideCursor: true, stream: process.stderr, etaBuffer: 50, noTTYOutput: true, notTTYSchedule: 2000 },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done: number, total: number, unit = '') {
      if (!started) {
        bar.start(total, done, { unit });
        started = true;
      } else {
        bar.setTotal(total);
        bar.update(done, { unit });
      }
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
