// Lighthouse for `npm run bench`: the mobile profile with its default simulated
// throttling (a mid-range phone on slow 4G), the four categories, on a sample of pages
// served compressed (bench/serve.ts). Scores alone hide why a page lost points, and on a
// busy machine the performance score moves with the load, so each page also keeps its
// metrics and the audits that cost it points, and a bare control page is scored beside them
// (see CONTROL). Standalone:
// `npx node bench/lighthouse.ts [/path/ …]` builds nothing; it serves dist/ and scores.
import { existsSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { launch } from 'chrome-launcher';
import lighthouse, { type Flags, type Result } from 'lighthouse';
import { CHROMIUM_ARGS, resolveChromium } from '../tests/support/browser.ts';
import { japaneseFontEnv } from '../tests/support/fonts.ts';
import { serveStatic } from './serve.ts';

/**
 * The overview, a chapter, a practice page, the two live demos, and the screen finder (the
 * heaviest reading page: every screen drawn in HTML), in both languages.
 */
export const LIGHTHOUSE_SAMPLE = ['/', '/push/', '/practice/push/', '/pairing/', '/passkey-demo/', '/screens/'].flatMap((p) => [
	p,
	`/en${p}`,
]);

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const METRICS = {
	fcp: 'first-contentful-paint',
	lcp: 'largest-contentful-paint',
	tbt: 'total-blocking-time',
	cls: 'cumulative-layout-shift',
	si: 'speed-index',
} as const;

export interface LighthouseScores {
	/** 0–100 per category. */
	scores: Record<(typeof CATEGORIES)[number], number>;
	/** Simulated (mobile, slow 4G, 4× CPU): ms, except CLS. */
	metrics: Record<keyof typeof METRICS, number>;
	/** The weighted audits that scored under 1, per category: what cost points. */
	lost: { category: string; id: string; score: number; value?: string }[];
	/**
	 * Lighthouse's measure of how fast this machine ran a fixed piece of JavaScript (a
	 * typical desktop scores 1000–2000): the simulated phone is this machine slowed 4×, so
	 * a busy machine makes a slow phone and a lower performance score.
	 */
	benchmarkIndex: number;
	/**
	 * The performance score of every run taken, lowest first: how far one run can be from
	 * another. The page's other figures are those of its median run (see scorePages).
	 */
	performanceRuns: number[];
}

/**
 * The browser the browser tests run (tests/support/browser.ts): here Chromium's headless shell,
 * else the Chromium Playwright manages; LIGHTHOUSE_CHROME picks another. Not the full browser
 * in its new headless mode, though it is closer to a reader's Chrome in what it offers: on
 * this 2-core machine it adds main-thread work that belongs to no page (twice the page-thread
 * time for the same page, a first frame held for whole seconds in most runs), so it could not
 * tell a page's cost from its own. The figures are in CONTRIBUTING.md's `npm run bench` section.
 */
function chromePath(): string {
	const path = process.env['LIGHTHOUSE_CHROME'] || resolveChromium() || chromium.executablePath();
	if (!existsSync(path)) throw new Error(`No Chromium for Lighthouse at ${path}: set LIGHTHOUSE_CHROME to a Chrome or Chromium binary`);
	return path;
}

/**
 * The control: a page of a heading and a paragraph, no style, no script. It is scored in the
 * same rounds as the site, and whatever it loses is the machine's and the browser's, not the
 * site's: read the site's rows against it.
 */
const CONTROL = 'bare page (control)';
const CONTROL_HTML =
	'<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
	'<title>Control</title><meta name="description" content="A bare page that Lighthouse scores beside the site."></head>' +
	'<body><h1>Control</h1><p>A heading and a paragraph: what the browser and the machine cost a page that does nothing.</p></body></html>';

async function serveControl(): Promise<{ url: string; server: Server }> {
	const server = createServer((req, res) => {
		// Nothing else is there: robots.txt and the favicon are missing, as on a bare host.
		const found = req.url === '/';
		res.writeHead(found ? 200 : 404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
		res.end(found ? CONTROL_HTML : 'Not found');
	});
	await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('The control page has no port');
	return { url: `http://localhost:${address.port}/`, server };
}

function summarise(lhr: Result): Omit<LighthouseScores, 'performanceRuns'> {
	const scores = Object.fromEntries(
		CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
	) as LighthouseScores['scores'];
	const metrics = Object.fromEntries(
		Object.entries(METRICS).map(([key, id]) => {
			const value = lhr.audits[id]?.numericValue ?? Number.NaN;
			return [key, key === 'cls' ? Math.round(value * 1000) / 1000 : Math.round(value)];
		}),
	) as LighthouseScores['metrics'];
	const lost: LighthouseScores['lost'] = [];
	for (const category of CATEGORIES) {
		for (const ref of lhr.categories[category]?.auditRefs ?? []) {
			const audit = lhr.audits[ref.id];
			if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
			lost.push({
				category,
				id: ref.id,
				score: Math.round(audit.score * 100) / 100,
				...(audit.displayValue ? { value: audit.displayValue } : {}),
			});
		}
	}
	return { scores, metrics, lost, benchmarkIndex: Math.round(lhr.environment.benchmarkIndex) };
}

/**
 * Lighthouse warns that a run on a host whose benchmark index is under 1000 is slower than
 * it expects ("This can negatively affect your performance score"): the simulated phone is
 * then slower than Lighthouse's. On a shared machine that is load, not the page, so such a
 * run is left out of the median when a run on a quieter machine is there.
 */
export const SLOW_HOST_INDEX = 1000;

/**
 * Scores each path of `paths` on the site at `baseUrl`, `runs` times (default five, or
 * LIGHTHOUSE_RUNS), and keeps the median run by performance score (the lower of the middle
 * two for an even count). Five is Lighthouse's own advice (docs/variability.md): the median of
 * five halves the spread of one. The runs go round the pages rather than page by page, so a
 * spell of load on this shared machine lands on one run of several pages, not on every run of
 * one page (which made that page's median its unluckiest run). One run is not a measure here:
 * the simulated metrics are computed from a trace of this machine. The control page
 * (CONTROL) is scored in the same rounds, as one more row.
 */
export async function scorePages(
	baseUrl: string,
	paths: readonly string[],
	runs = Number(process.env['LIGHTHOUSE_RUNS'] ?? 5),
): Promise<Record<string, LighthouseScores>> {
	const browser = chromePath();
	console.log(`Lighthouse: ${paths.length} pages and the control × ${runs} runs in ${browser}`);
	const chrome = await launch({
		chromePath: browser,
		// The headless shell is headless whatever it is told; a full browser needs telling.
		chromeFlags: ['--headless=new', ...CHROMIUM_ARGS, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
		logLevel: 'silent',
		// Every reader's phone has a Japanese font and this machine may have none: without one,
		// Chromium spends a Japanese page's layout searching for glyphs it never finds, and the
		// blocking time scored is the machine's, not the page's. The print tests' font serves.
		envVars: { ...process.env, ...japaneseFontEnv() } as Record<string, string>,
	});
	const flags: Flags = {
		port: chrome.port,
		output: 'json',
		logLevel: 'error',
		onlyCategories: [...CATEGORIES],
		// The mobile profile and simulated throttling are Lighthouse's defaults; said here so a
		// change of default does not change what the figures mean.
		formFactor: 'mobile',
		throttlingMethod: 'simulate',
	};
	const results: Record<string, LighthouseScores> = {};
	let control: Awaited<ReturnType<typeof serveControl>> | undefined;
	try {
		control = await serveControl();
		const targets = new Map([...paths.map((path) => [path, new URL(path, baseUrl).href] as const), [CONTROL, control.url]]);
		const taken = new Map<string, Omit<LighthouseScores, 'performanceRuns'>[]>([...targets.keys()].map((path) => [path, []]));
		for (let round = 0; round < runs; round++) {
			for (const [path, url] of targets) {
				const run = await lighthouse(url, flags);
				if (!run) throw new Error(`Lighthouse returned nothing for ${path}`);
				if (run.lhr.runtimeError) throw new Error(`Lighthouse failed on ${path}: ${run.lhr.runtimeError.message}`);
				// For looking into a page: LIGHTHOUSE_SAVE=dir keeps each full report (open it in the Lighthouse viewer).
				const save = process.env['LIGHTHOUSE_SAVE'];
				if (save) writeFileSync(join(save, `${path.replace(/\W+/g, '_')}${round}.json`), JSON.stringify(run.lhr));
				taken.get(path)?.push(summarise(run.lhr));
			}
		}
		for (const [path, runsOfPath] of taken) {
			const quiet = runsOfPath.filter((r) => r.benchmarkIndex >= SLOW_HOST_INDEX);
			const ranked = [...(quiet.length ? quiet : runsOfPath)].sort((a, b) => a.scores.performance - b.scores.performance);
			const median = ranked[Math.floor((ranked.length - 1) / 2)];
			if (!median) throw new Error(`No Lighthouse run for ${path}`);
			results[path] = {
				...median,
				performanceRuns: runsOfPath.map((r) => r.scores.performance).sort((a, b) => a - b),
			};
		}
	} finally {
		chrome.kill();
		control?.server.close();
	}
	return results;
}

/** The table the bench prints: one row per page, scores then metrics. */
export function printScores(results: Record<string, LighthouseScores>) {
	console.log(
		'\nLighthouse (mobile, simulated slow 4G)'.padEnd(40),
		' perf',
		' a11y',
		'  b-p',
		'  seo',
		'   FCP',
		'   LCP',
		'  TBT',
		'   CLS',
		'    SI  (ms)',
		' CPU index',
		'  perf of each run',
	);
	for (const [path, r] of Object.entries(results)) {
		const s = r.scores;
		const m = r.metrics;
		const n = (x: number, w: number) => String(x).padStart(w);
		console.log(
			path.padEnd(39),
			n(s.performance, 5),
			n(s.accessibility, 5),
			n(s['best-practices'], 5),
			n(s.seo, 5),
			n(m.fcp, 6),
			n(m.lcp, 6),
			n(m.tbt, 5),
			n(m.cls, 6),
			n(m.si, 6),
			n(r.benchmarkIndex, 10),
			` ${r.performanceRuns.join(' ')}`,
			r.benchmarkIndex < SLOW_HOST_INDEX ? ' (host busy: performance understated)' : '',
		);
		for (const l of r.lost) console.log(`    − ${l.category}: ${l.id} (${l.score}${l.value ? `, ${l.value}` : ''})`);
	}
}

if (import.meta.main) {
	const port = Number(process.env['BENCH_PORT'] ?? 4398);
	const server = await serveStatic(new URL('../dist', import.meta.url).pathname, port);
	try {
		const paths = process.argv.slice(2);
		const results = await scorePages(`http://localhost:${port}`, paths.length ? paths : LIGHTHOUSE_SAMPLE);
		printScores(results);
		if (process.env['LIGHTHOUSE_JSON']) console.log(JSON.stringify(results, null, '\t'));
	} finally {
		server.close();
	}
}
