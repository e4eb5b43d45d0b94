/**
 * Where a backup or restore spends its time, as User Timing measures ("backup.read",
 * "restore.write", …): free to record, visible in the browser's performance tools and
 * read by the benchmark. Cleared at the start of each run, so they never pile up.
 */
export async function timed<T>(name: string, work: PromiseLike<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work;
  } finally {
    performance.measure(name, { start });
  }
}

export function clearTimings(prefix: string): void {
  for (const entry of performance.getEntriesByType('measure')) {
    if (entry.name.startsWith(prefix)) performance.clearMeasures(entry.name);
  }
}
