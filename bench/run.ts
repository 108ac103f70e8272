// npm run bench: builds the site, loads every page in Chromium and prints what each one
// fetches (HTML, CSS, JS; raw and gzip) and the build time, and scores a sample with
// Lighthouse (bench/lighthouse.ts), all served compressed by bench/serve.ts. The figures go to
// bench/results.json, which is committed so that two commits can be compared with
// `git diff`; a run over budget exits non-zero.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, resolveChromium } from '../tests/support/browser.ts';
import { jsBudgetFor, KB, type PageWeight, weighPage } from '../tests/support/weight.ts';
import { LIGHTHOUSE_SAMPLE, type LighthouseScores, printScores, scorePages } from './lighthouse.ts';
import { type PrintedPages, printChapters } from './print.ts';
import { serveStatic } from './serve.ts';
import type { Timing } from './timing.ts';

// Two worktrees' benches can run at once, each on its own port.
const PORT = Number(process.env['BENCH_PORT'] ?? 4398);
const root = new URL('..', import.meta.url).pathname;

function sh(cmd: string, args: string[]) {
	const started = performance.now();
	const run = spawnSync(cmd, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
	if (run.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed`);
	return performance.now() - started;
}

function htmlPages(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return htmlPages(path);
		return name === 'index.html' ? [`/${relative(join(root, 'dist'), dir)}${dir.endsWith('dist') ? '' : '/'}`.replace('//', '/')] : [];
	});
}

const buildMs = sh('npx', ['astro', 'build']);
const pages = htmlPages(join(root, 'dist')).sort();
// Compressed, with a static host's cache headers: what Lighthouse scores is what a reader gets.
const server = await serveStatic(join(root, 'dist'), PORT);
const results: Record<string, PageWeight> = {};
const timings: Record<string, { median: number; samples: number[]; unit: string }> = {};
let print: Record<string, PrintedPages> = {};
const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const over: string[] = [];
let lighthouse: Record<string, LighthouseScores> = {};
try {
	const executablePath = resolveChromium();
	const browser = await chromium.launch({
		...(executablePath ? { executablePath } : {}),
		args: [...CHROMIUM_ARGS, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
	});
	for (const path of pages) {
		if (path.startsWith('/404')) continue;
		// A fresh context per page: a reader arriving from a shared link has nothing cached.
		const context = await browser.newContext();
		results[path] = await weighPage(await context.newPage(), `http://localhost:${PORT}${path}`);
		await context.close();
	}
	// Each bench/timings/*.ts measures one interaction (e.g. click to next screen).
	const timingDir = join(root, 'bench/timings');
	const timingFiles = existsSync(timingDir)
		? readdirSync(timingDir)
				.filter((f) => f.endsWith('.ts'))
				.sort()
		: [];
	for (const file of timingFiles) {
		const timing: Timing = (await import(join(timingDir, file))).default;
		const context = await browser.newContext();
		const samples = await timing.run(await context.newPage(), `http://localhost:${PORT}`);
		await context.close();
		timings[timing.name] = {
			median: Math.round(median(samples) * 10) / 10,
			samples: samples.map((x) => Math.round(x * 10) / 10),
			unit: 'ms',
		};
	}
	await browser.close();
	print = await printChapters(`http://localhost:${PORT}`, root);
	// BENCH_LIGHTHOUSE=0 skips it (a few minutes on two cores).
	if (process.env['BENCH_LIGHTHOUSE'] !== '0') lighthouse = await scorePages(`http://localhost:${PORT}`, LIGHTHOUSE_SAMPLE);
} finally {
	server.close();
}

const kb = (n: number) => (n / KB).toFixed(1).padStart(7);
console.log(`\nbuild: ${(buildMs / 1000).toFixed(1)} s\n`);
// JS on load is the first screen's; JS in all adds what the page's interaction loads (a practice
// page's every step), the same as on load where it has none.
console.log('page'.padEnd(24), 'HTML raw', ' gzip', '  CSS raw', ' gzip', '   JS raw', ' gzip', 'on load', '(KB)');
for (const [path, w] of Object.entries(results)) {
	const row = [kb(w.html.raw), kb(w.html.gzip), kb(w.css.raw), kb(w.css.gzip), kb(w.js.raw), kb(w.js.gzip), kb(w.firstScreen.js.gzip)];
	console.log(path.padEnd(24), ...row);
	const budget = jsBudgetFor(path);
	const first = w.firstScreen.js.gzip;
	if (first > budget.firstScreen) over.push(`${path}: ${kb(first)} KB gzip of JS on load > ${budget.firstScreen / KB} KB (${budget.kind})`);
	if (budget.through && w.js.gzip > budget.through.bytes)
		over.push(`${path}: ${kb(w.js.gzip)} KB gzip of JS through ${budget.through.what} > ${budget.through.bytes / KB} KB (${budget.kind})`);
}
if (Object.keys(timings).length) console.log('');
for (const [name, t] of Object.entries(timings)) console.log(`${name}: median ${t.median} ${t.unit} (${t.samples.length} samples)`);
console.log(
	`\nA4 pages (the manual's in brackets): ${Object.entries(print)
		.map(([p, { pages, limit }]) => `${p} ${pages} (${limit})`)
		.join(', ')}`,
);
for (const [path, { pages, limit }] of Object.entries(print)) if (pages > limit) over.push(`${path}: ${pages} A4 pages > ${limit}`);
if (Object.keys(lighthouse).length) printScores(lighthouse);

const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout.trim();
writeFileSync(
	join(root, 'bench/results.json'),
	`${JSON.stringify({ commit, date: new Date().toISOString(), buildMs: Math.round(buildMs), pages: results, timings, print, lighthouse }, null, '\t')}\n`,
);
console.log('\nwritten to bench/results.json');
if (over.length) {
	console.error(`\nOVER BUDGET:\n  ${over.join('\n  ')}`);
	process.exitCode = 1;
}
