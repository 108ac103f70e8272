import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, resolveChromium } from './support/browser';

const PORT = Number(process.env.PREVIEW_PORT ?? 4399);
const executablePath = resolveChromium();
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

export default defineConfig({
	testDir: './e2e',
	// One folder per preview port, so two runs side by side do not clear each other's traces.
	outputDir: `../test-results/${PORT}`,
	fullyParallel: true,
	forbidOnly: true,
	retries: 0,
	// CI has two cores; locally Playwright picks half the cores.
	...(process.env.CI ? { workers: 2 } : {}),
	reporter: [['list'], ['./support/summary-reporter.ts']],
	use: {
		baseURL: `http://localhost:${PORT}`,
		// A failed test keeps its trace: every action with its call log, the console and the
		// network. Not the DOM snapshot and screenshot of every action: taking them made the
		// suite a third slower on two cores (today-walks.spec: 94 s against 65 s). For a full trace of
		// one test, run it with `--trace on`.
		trace: { mode: 'retain-on-failure', snapshots: false, screenshots: false, sources: false },
		locale: 'ja-JP',
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: {
					...(executablePath ? { executablePath } : {}),
					// Chromium refuses to sandbox as root; CI runs as root.
					args: [...CHROMIUM_ARGS, ...(isRoot ? ['--no-sandbox'] : [])],
				},
			},
		},
	],
	// The tests read the built site as it will be deployed: `astro build` runs before.
	webServer: {
		command: `npx astro preview --ignore-lock --port ${PORT}`,
		cwd: '..',
		url: `http://localhost:${PORT}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000,
	},
});
