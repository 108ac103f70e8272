import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The layers of src/, lowest first: a module imports only from its own folder (or file) and
 * from layers below it, never above, so no two folders import each other. A new folder or
 * top-level file must be given a place here. Type-only imports count: they are what a reader
 * must know to understand the module.
 */
const LAYERS: readonly (readonly string[])[] = [
	// The vocabulary: methods, editions, phases (imports nothing); CSS.
	['methods', 'styles'],
	// Every step's stable id, as data.
	['step-ids'],
	// Words, in the languages of src/i18n/locales.ts.
	['i18n'],
	// The institution's settings, whose texts are given in each of those languages.
	['config'],
	// What pages say of steps, paths and advice: titles and guides, the printed manual's numbers, the chooser,
	// the sign-in messages of the message lookup.
	['steps', 'manual-steps', 'lib', 'chooser', 'messages'],
	// Pure checks: TOTP, the passkey demo's relying party.
	['totp', 'passkey'],
	// The practice service.
	['backend'],
	// The PC's and the phones' machines, their services and sessions.
	['machines'],
	// Screens as data, and their one renderer.
	['screens'],
	// Each method's practice (machines, screens, walk-through) and the registry of their loaders.
	['flows'],
	// The pages' parts, and what Astro loads for pages.
	['components', 'route-middleware', 'content.config', 'integrations'],
	// The page scripts.
	['islands'],
];

const root = join(import.meta.dirname, '../../src');

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path) : /\.(ts|astro|mjs)$/.test(name) ? [path] : [];
	});
}

/** The folder under src/ a module belongs to, or its own name for a file at the top. */
const unitOf = (path: string) => {
	const [first = '', ...rest] = relative(root, path).split(sep);
	return rest.length > 0 ? first : first.replace(/\.[a-z]+$/, '');
};

// Static and dynamic imports and re-exports, of values and of types alike.
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm;

const imports = files(root).flatMap((path) =>
	[...readFileSync(path, 'utf8').matchAll(SPECIFIER)].map((m) => {
		const target = normalize(join(dirname(path), m[1] ?? ''));
		return { from: relative(root, path), source: unitOf(path), target: unitOf(target), inside: !relative(root, target).startsWith('..') };
	}),
);

const layerOf = (unit: string) => LAYERS.findIndex((layer) => layer.includes(unit));

describe('the layers of src/', () => {
	it('place every folder and top-level module', () => {
		const units = [...new Set(files(root).map(unitOf))];
		expect(units.filter((unit) => layerOf(unit) < 0)).toEqual([]);
		// Every name listed is there: a renamed folder must not leave its old name behind.
		expect(LAYERS.flat().filter((unit) => !units.includes(unit) && unit !== 'styles')).toEqual([]);
	});

	it('import only downward: no module imports a folder at its own layer or above', () => {
		const upward = imports
			.filter((i) => i.inside && i.source !== i.target && layerOf(i.target) >= layerOf(i.source))
			.map((i) => `${i.from} → ${i.target}`);
		expect(upward).toEqual([]);
	});

	it('can fail: an import from the page scripts into the vocabulary would be caught', () => {
		expect(layerOf('islands')).toBeGreaterThan(layerOf('methods'));
		expect(imports.some((i) => i.source === 'islands' && i.target === 'methods')).toBe(true);
		// And the vocabulary imports nothing at all.
		expect(imports.filter((i) => i.source === 'methods')).toEqual([]);
	});
});
