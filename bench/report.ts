import fs from 'node:fs';
import path from 'node:path';
import type { ImportPhaseStats } from '../src/demo/import-bank';
import { projectRoot } from '../src/paths';
import type { LoadResult } from './load';
import type { Machine } from './machine';
import type { OperationResult } from './measure-operations';
import type { NestedComparison } from './nested-comparison';
import type { RawComparison } from './raw-comparison';

/** Everything one run measured: bench/results/<persons>.json. */
export interface BenchReport {
  persons: number;
  seed: number;
  samplesPerOperation: number;
  commandLine: string;
  date: string;
  machine: Machine;
  /** `uptime` at the start of each phase: the machine is shared, so busy phases read slower. */
  machineLoad: Record<string, string>;
  generation: { seconds: number };
  import: {
    seconds: number;
    nodes: number;
    relationships: number;
    personsPerSecond: number;
    relationshipsPerSecond: number;
    phases: Pick<ImportPhaseStats, 'phase' | 'rows' | 'elapsedMs'>[];
  };
  /** seconds is null when it was not run (--import-only). */
  refreshInsights: { seconds: number | null; run: Record<string, unknown> | null; errors?: unknown };
  operations: Record<string, OperationResult>;
  rawCypher: Record<string, RawComparison>;
  nestedPage: NestedComparison | null;
  load: LoadResult | null;
}

export const resultsDir = path.join(projectRoot, 'bench', 'results');

export function writeReport(report: BenchReport): string {
  fs.mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `${report.persons}.json`);
  fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}

/** Every results file present, smallest graph first. */
export function readReports(): BenchReport[] {
  if (!fs.existsSync(resultsDir)) return [];
  return fs
    .readdirSync(resultsDir)
    .filter((file) => /^\d+\.json$/.test(file))
    .map((file) => JSON.parse(fs.readFileSync(path.join(resultsDir, file), 'utf8')) as BenchReport)
    .filter((report) => report.operations !== undefined)
    .sort((a, b) => a.persons - b.persons);
}
