// @ts-check
// Turns the measurements into the printed table, and checks them against bench.budgets.json.

/**
 * @typedef {{ max?: number, aim?: number, exact?: boolean, what: string }} Budget
 * @typedef {{ label: string, value: number | null, unit: string, budget?: string }} Row
 * @typedef {{ row: Row, status: 'pass' | 'FAIL' | 'above aim' | '' }} CheckedRow
 */

const fmt = (/** @type {number | null} */ value, /** @type {string} */ unit) => {
  if (value === null) return '–';
  if (unit === 'KB') return `${value.toFixed(1)} KB`;
  if (unit === 'MB') return `${value.toFixed(2)} MB`;
  if (unit === '×') return `${value.toFixed(2)} ×`;
  if (unit === 'ms') return `${Math.abs(value) < 10 ? value.toFixed(1) : Math.round(value)} ms`;
  return `${value} ${unit}`.trim();
};

/**
 * The rows of the table, in the order of the measurements.
 * @param {any} m the measurements, as written to the JSON report
 * @returns {Row[]}
 */
export function rows(m) {
  const kb = (/** @type {number} */ bytes) => bytes / 1000;
  const mb = (/** @type {number} */ bytes) => bytes / 1e6;
  const ok = (/** @type {any} */ x, /** @type {(x: any) => number | null} */ f) => (x ? f(x) : null);
  const {
    lessonLoad: l,
    firstRunPrebuilt: p,
    firstRunPrebuiltThrottled: pt,
    firstRun: f,
    firstRunThrottled: t,
    warmRuns: w,
    compilers: c,
    timing: s,
    flood: fl,
    memory: me,
    python: py,
    offline: o,
    gradebook: g,
  } = m;
  return [
    {
      label: `1 lesson (${l.slug}): JS before idle, gzip`,
      value: kb(l.jsGzipBytesBeforeIdle),
      unit: 'KB',
      budget: 'lessonJsGzipKB',
    },
    {
      label: `1 lesson: the same JS as served (${l.jsEncodings.join('/')})`,
      value: kb(l.jsBytesBeforeIdle),
      unit: 'KB',
    },
    { label: '1 lesson: the same JS uncompressed', value: kb(l.jsRawBytesBeforeIdle), unit: 'KB' },
    { label: '1 lesson: all bytes before idle', value: kb(l.totalBytesBeforeIdle), unit: 'KB' },
    { label: '1 lesson: LCP', value: l.lcpMs, unit: 'ms' },
    {
      label: '1 lesson: Python requests, before idle or after',
      value: l.pythonRequests.length,
      unit: '',
      budget: 'lessonPythonRequests',
    },
    {
      label: '1 lesson: Monaco/esbuild.wasm requests before idle',
      value: l.heavyBeforeIdle.length,
      unit: '',
      budget: 'lessonHeavyRequestsBeforeIdle',
    },
    {
      label: '1 lesson: bytes after idle (the service worker precache)',
      value: mb(l.warmupBytesAfterIdle),
      unit: 'MB',
    },
    {
      label: '2 first Run, unedited (build-time bundle), localhost: click → program start',
      value: p.clickToStartMs,
      unit: 'ms',
      budget: 'firstRunPrebuiltMs',
    },
    {
      label: '2 first Run, unedited: longest frame gap, load (or the click) → run done',
      value: p.longestFrameGapMs,
      unit: 'ms',
      budget: 'firstRunFrameGapMs',
    },
    { label: '2 first Run, unedited: bytes it needed (page + engine)', value: mb(p.bytesNeeded), unit: 'MB' },
    {
      label: '2 first Run, unedited, 20 Mbit/s 40 ms: click → program start',
      value: ok(pt, (x) => x.clickToStartMs),
      unit: 'ms',
    },
    {
      label: '2 first Run, unedited, 20 Mbit/s: navigation → program start',
      value: ok(pt, (x) => x.navigationToFirstLineMs - (x.clickToFirstLineMs - x.clickToStartMs)),
      unit: 'ms',
    },
    {
      label: '2 first Run, edited (compiler), localhost: click → first line',
      value: f.clickToFirstLineMs,
      unit: 'ms',
      budget: 'firstRunLocalhostMs',
    },
    { label: '2 first Run, edited, localhost: navigation → first line', value: f.navigationToFirstLineMs, unit: 'ms' },
    {
      label: '2 first Run, edited, 20 Mbit/s 40 ms: click → first line',
      value: ok(t, (x) => x.clickToFirstLineMs),
      unit: 'ms',
    },
    {
      label: '2 first Run, edited, 20 Mbit/s: navigation → first line',
      value: ok(t, (x) => x.navigationToFirstLineMs),
      unit: 'ms',
    },
    { label: '2 first Run, edited: bytes it needed (page + engine)', value: mb(f.bytesNeeded), unit: 'MB' },
    { label: '2 first Run, edited: all bytes fetched by then', value: mb(f.bytesFetchedByThen), unit: 'MB' },
    {
      label: '2 first Run, edited, 20 Mbit/s: ratio to pure download time',
      value: ok(t, (x) => x.ratioToDownload),
      unit: '×',
    },
    { label: `3 warm Run ×${w.samples}: median`, value: w.medianMs, unit: 'ms', budget: 'warmRunMedianMs' },
    { label: '3 warm Run: p95', value: w.p95Ms, unit: 'ms' },
    { label: '3 floor (frame + fresh blob worker + 1 message): median', value: w.floorMedianMs, unit: 'ms' },
    { label: '3 floor: p95', value: w.floorP95Ms, unit: 'ms' },
    { label: '3 warm Run median / floor median', value: w.ratioToFloor, unit: '×', budget: 'warmRunFloorRatio' },
    { label: `3 edited Run ×${w.samples} (code changed, 600 ms pause): median`, value: w.editedMedianMs, unit: 'ms' },
    { label: '3 edited Run: p95', value: w.editedP95Ms, unit: 'ms' },
    {
      label: '3 edited Run median / floor median',
      value: w.editedRatioToFloor,
      unit: '×',
      budget: 'editedRunFloorRatio',
    },
    { label: `4 esbuild-wasm build, median over ${c.examples} examples`, value: c.esbuildMedianMs, unit: 'ms' },
    { label: '4 TypeScript transpileModule, same examples', value: c.transpileMedianMs, unit: 'ms' },
    { label: '4 esbuild-wasm initialize / first build', value: c.esbuildInitMs + c.esbuildFirstBuildMs, unit: 'ms' },
    {
      label: `4 quick path (Sucrase + acorn, in the page), median over the ${c.quickExamples} examples it takes`,
      value: c.quickMedianMs,
      unit: 'ms',
    },
    { label: '4 quick path: its first build (cold code)', value: c.quickFirstMs, unit: 'ms' },
    {
      label: '5 3 × sleep(1000) concurrently: measured − 1000',
      value: s.concurrentErrorMs,
      unit: 'ms',
      budget: 'sleepErrorMs',
    },
    {
      label: '5 3 × sleep(1000) sequentially: measured − 3000',
      value: s.sequentialErrorMs,
      unit: 'ms',
      budget: 'sleepErrorMs',
    },
    { label: `6 flood of ${fl.lines} lines: click → done`, value: fl.finishedMs, unit: 'ms' },
    { label: '6 flood: click → last line shown', value: fl.lastLineShownMs, unit: 'ms' },
    { label: '6 flood: longest frame', value: fl.longestFrameMs, unit: 'ms', budget: 'floodLongestFrameMs' },
    { label: '6 flood: longest long-animation-frame', value: fl.longestAnimationFrameMs, unit: 'ms' },
    { label: `7 JS heap, ${me.slug} loaded`, value: mb(me.heapLoadedBytes), unit: 'MB' },
    { label: `7 JS heap after its ${me.playgrounds} playgrounds ran`, value: mb(me.heapAfterRunsBytes), unit: 'MB' },
    {
      label: '8 first Python run, cold, localhost: click → first line',
      value: py.clickToFirstLineMs,
      unit: 'ms',
      budget: 'pythonFirstRunMs',
    },
    { label: '8 first Python run: navigation → first line', value: py.navigationToFirstLineMs, unit: 'ms' },
    {
      label: `8 first Python run: bytes it needed (${py.encodings.join('/')})`,
      value: mb(py.bytesNeeded),
      unit: 'MB',
      budget: 'pythonBytesMB',
    },
    { label: '8 first Python run: of which Pyodide', value: mb(py.pyodideBytes), unit: 'MB' },
    {
      label: `8 warm Python run ×${py.warmSamples} of print('hi'): median`,
      value: py.warmMedianMs,
      unit: 'ms',
      budget: 'pythonWarmRunMedianMs',
    },
    { label: '8 warm Python run: p95', value: py.warmP95Ms, unit: 'ms' },
    { label: '8 warm Python run median / warm TypeScript run median', value: py.warmMedianMs / w.medianMs, unit: '×' },
    {
      label: `9 first visit (${o.slug}), no interaction: all bytes, service worker precache included`,
      value: mb(o.firstVisitBytes),
      unit: 'MB',
      budget: 'firstVisitMB',
    },
    { label: '9 first visit: requests', value: o.firstVisitRequests, unit: '' },
    {
      label: '9 first visit: editor, compiler or Python requests',
      value: o.firstVisitHeavy.length,
      unit: '',
      budget: 'firstVisitHeavyRequests',
    },
    {
      label: '9 "whole course offline": bytes it adds',
      value: mb(o.offlineBytes),
      unit: 'MB',
      budget: 'offlineCourseMB',
    },
    { label: '9 "whole course offline": click → done', value: o.offlineMs, unit: 'ms' },
    {
      label: `10 gradebook: ${g.submissions} submissions, Verify → every row verified`,
      value: g.totalMs,
      unit: 'ms',
      budget: 'gradebook30Ms',
    },
    { label: '10 gradebook: per submission', value: g.perSubmissionMs, unit: 'ms' },
    {
      label: '10 gradebook: longest task on the page while verifying',
      value: g.longestTaskMs,
      unit: 'ms',
      budget: 'gradebookLongestTaskMs',
    },
    { label: '10 gradebook: longest frame gap while verifying', value: g.longestFrameGapMs, unit: 'ms' },
  ];
}

/**
 * @param {Row[]} table
 * @param {Record<string, Budget>} budgets
 * @returns {CheckedRow[]}
 */
export function check(table, budgets) {
  return table.map((row) => {
    const budget = row.budget ? budgets[row.budget] : undefined;
    if (!budget || row.value === null) return { row, status: '' };
    // Timing errors count in both directions: late and early are equally wrong.
    const value = row.budget === 'sleepErrorMs' ? Math.abs(row.value) : row.value;
    if (budget.max !== undefined) return { row, status: value <= budget.max ? 'pass' : 'FAIL' };
    if (budget.aim !== undefined) return { row, status: value <= budget.aim ? 'pass' : 'above aim' };
    return { row, status: '' };
  });
}

/**
 * The table as Markdown, so the same text goes to the terminal and into docs/benchmarks.md.
 * @param {CheckedRow[]} checked
 * @param {Record<string, Budget>} budgets
 */
export function markdown(checked, budgets) {
  const limit = (/** @type {Row} */ row) => {
    const b = row.budget ? budgets[row.budget] : undefined;
    if (!b) return '';
    return b.max !== undefined
      ? `≤ ${fmt(b.max, row.unit === 'KB' ? 'KB' : row.unit)}`
      : `aim ≤ ${fmt(b.aim ?? 0, row.unit)}`;
  };
  const lines = ['| measurement | result | budget | |', '| --- | --: | --: | --- |'];
  for (const { row, status } of checked)
    lines.push(`| ${row.label} | ${fmt(row.value, row.unit)} | ${limit(row)} | ${status} |`);
  return lines.join('\n');
}
