import type { BrowserContext, Page, Worker } from '@playwright/test';

export type Unit = 'ms' | 'KB' | 'MB' | 'ratio' | 's' | 'count';

/** The in-page helpers (scripts/bench/page/bench-page.ts), as window.__fluenzrBench in a bench page. */
export interface BenchHelpers {
  seed(count: number): Promise<{ ms: number; contacts: number }>;
  baselineImport(count: number): Promise<{ ms: number; rows: number }>;
  searchExpectation(search: string, rows?: number): Promise<{ total: number; ids: number[] }>;
  searchReadTimes(prefixes: string[], runs: number, options?: { days?: false }): Promise<Record<string, { first: number; total: number }>>;
  segmentCount(segment: unknown, runs: number): Promise<{ times: number[]; count: number; scanned: number }>;
  exportAll(): Promise<{ ms: number; count: number; bytes: number; stored: number }>;
  preparePaidPlan(): Promise<number>;
  contactCount(): Promise<number>;
  stageCounts(): Promise<number[]>;
  recountCounters(): Promise<{ ms: number; same: boolean }>;
  overdue(runs: number, pageSize: number): Promise<{ countTimes: number[]; pageTimes: number[]; count: number; page: number; scanned: number; pageRight: boolean; steps: number }>;
}
declare global {
  var __fluenzrBench: BenchHelpers;
}

/** One line of the benchmark table. */
export interface Row {
  figure: string;
  /** null: not measured (the feature is missing); counts as a miss. */
  value: number | null;
  unit: Unit;
  /** The value must be ≤ target; null for figures shown for information only. */
  target: number | null;
  note?: string;
  /** The measurement itself broke: a miss whatever the value. */
  failed?: boolean;
}

/** What every figure gets: one browser whose profile holds the synthetic contacts. */
export interface Bench {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /** How many synthetic contacts the profile holds. */
  contactCount: number;
  /** Open popup/sidepanel/options as a tab, with an optional #hash route. */
  openExtensionPage(name: 'popup' | 'sidepanel' | 'options', hash?: string): Promise<Page>;
  /** Open a web page served from a committed fixture at its real URL. */
  openFixturePage(url: string, fixture: string): Promise<Page>;
  /** The synthetic contacts as a CSV file on disk (written once), for import figures. */
  csvFile(): Promise<string>;
  /** Baseline import (papaparse + Dexie bulkAdd of every CSV row) in ms, measured once. */
  baselineImportMs(): Promise<number>;
  /** Evaluate in an extension page, with the bench helpers (window.__fluenzrBench) loaded. */
  withBenchPage<T>(run: (page: Page) => Promise<T>): Promise<T>;
}

/** A figure measures one thing (or a family, like script sizes) and returns its rows. */
export interface Figure {
  id: string;
  measure(bench: Bench): Promise<Row[]>;
}
