/** A benchmark: one named measurement, repeated; each run returns milliseconds per metric. */
export type Benchmark = {
  name: string;
  /** Runs once before the measured runs (build pages, seed a profile, ...). */
  prepare?(): Promise<void>;
  run(): Promise<Record<string, number>>;
  cleanup?(): Promise<void>;
};

export type Row = { benchmark: string; metric: string; runs: number; median: number; min: number; max: number };

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export async function measure(benchmark: Benchmark, runs: number): Promise<Row[]> {
  await benchmark.prepare?.();
  const samples = new Map<string, number[]>();
  try {
    for (let i = 0; i < runs; i += 1) {
      for (const [metric, ms] of Object.entries(await benchmark.run())) {
        samples.set(metric, [...(samples.get(metric) ?? []), ms]);
      }
    }
  } finally {
    await benchmark.cleanup?.();
  }
  return [...samples].map(([metric, values]) => ({
    benchmark: benchmark.name,
    metric,
    runs: values.length,
    median: median(values),
    min: Math.min(...values),
    max: Math.max(...values),
  }));
}

export function printTable(rows: Row[]): void {
  const header = ['benchmark', 'metric', 'runs', 'median ms', 'min ms', 'max ms'];
  const body = rows.map((r) => [r.benchmark, r.metric, String(r.runs), r.median.toFixed(1), r.min.toFixed(1), r.max.toFixed(1)]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i >= 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of body) console.log(line(row));
}
