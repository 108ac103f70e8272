import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const pkg = JSON.parse(read('package.json'));

describe('MSW’s worker script, served by the site', () => {
	it('is the one `npx msw init` writes for the installed MSW (after upgrading MSW, run `npx msw init`)', () => {
		const shipped = readFileSync(createRequire(import.meta.url).resolve('msw/mockServiceWorker.js'), 'utf8');
		const served = read('public/mockServiceWorker.js');
		expect(served.match(/PACKAGE_VERSION = '([^']+)'/)?.[1]).toBe(JSON.parse(read('node_modules/msw/package.json')).version);
		expect(served === shipped, 'public/mockServiceWorker.js differs from the installed MSW’s').toBe(true);
	});

	it('is written where package.json tells `msw init` to write it', () => {
		expect(pkg.msw?.workerDirectory).toEqual(['public']);
	});

	it('ships with the page: MSW and otpauth are dependencies, not only the tests’', () => {
		expect(Object.keys(pkg.dependencies)).toEqual(expect.arrayContaining(['msw', 'otpauth']));
		expect(Object.keys(pkg.devDependencies)).not.toEqual(expect.arrayContaining(['msw']));
		expect(Object.keys(pkg.devDependencies)).not.toEqual(expect.arrayContaining(['otpauth']));
	});
});
