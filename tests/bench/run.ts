/**
 * `npm run bench`: runs every benchmark several times and prints the medians.
 * BENCH_RUNS sets the number of runs (default 5); BENCH_ONLY=name runs one benchmark.
 */
import { measure, printTable, type Row } from './measure';
import { startupBenchmark } from './startup.bench';
import { auditLogBenchmark } from './audit-log.bench';
import { reportsBenchmark } from './reports.bench';
import { backupBenchmark } from './backup.bench';
import { journalBenchmark } from './journal.bench';
import { stockBenchmark } from './stock.bench';
import { stocktakeBenchmark } from './stocktake.bench';
import { reorderBenchmark } from './reorder.bench';
import { purchasingBenchmark } from './purchasing.bench';
import { ordersBenchmark } from './orders.bench';

const runs = Number(process.env.BENCH_RUNS ?? 5);
const only = process.env.BENCH_ONLY;
const benchmarks = [startupBenchmark(), auditLogBenchmark(), journalBenchmark(), backupBenchmark(), reportsBenchmark(), stockBenchmark(), stocktakeBenchmark(), reorderBenchmark(), purchasingBenchmark(), ordersBenchmark()].filter((b) => !only || b.name === only);

const rows: Row[] = [];
for (const benchmark of benchmarks) {
  process.stderr.write(`running ${benchmark.name} × ${runs}…\n`);
  rows.push(...(await measure(benchmark, runs)));
}
console.log(`\nBackoffice benchmarks (${new Date().toISOString()}, ${runs} runs each, persistent Chromium profile)\n`);
printTable(rows);
