import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const POLICY = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;
// An inline script: no src. Raw text, so the first </script> ends it.
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g;
// Data blocks (the simulator's JSON config) are never run, so they need no hash.
const DATA_BLOCK = /\stype="application\/(ld\+)?json"/;

const hashOf = (script: string) => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;

const INLINE_STYLE = /<style[^>]*>([\s\S]*?)<\/style>/g;

/** Adds hashes to one directive of a policy's list of directives. */
function addTo(directives: string[], name: string, hashes: Set<string>) {
	const index = directives.findIndex((d) => d.startsWith(`${name} `));
	const directive = directives[index];
	if (directive === undefined || hashes.size === 0) return;
	const sources = new Set(directive.split(/\s+/));
	for (const hash of hashes) sources.add(hash);
	directives[index] = [...sources].join(' ');
}

/** The page's policy with the hash of every inline script and <style> element it carries added. */
export function withInlineHashes(html: string): string {
	const policy = POLICY.exec(html);
	if (!policy) return html;
	const scripts = new Set<string>();
	for (const [, attributes, body] of html.matchAll(INLINE_SCRIPT)) {
		if (!DATA_BLOCK.test(attributes ?? '')) scripts.add(hashOf(body ?? ''));
	}
	const styles = new Set<string>();
	for (const [, body] of html.matchAll(INLINE_STYLE)) styles.add(hashOf(body ?? ''));
	const directives = (policy[2] ?? '').split(';').map((d) => d.trim());
	addTo(directives, 'script-src', scripts);
	addTo(directives, 'style-src', styles);
	return html.replace(POLICY, `$1${directives.filter(Boolean).join('; ')};$3`);
}

async function htmlFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true });
	const nested = await Promise.all(
		entries.map((e) =>
			e.isDirectory() ? htmlFiles(join(dir, e.name)) : Promise.resolve(e.name.endsWith('.html') ? [join(dir, e.name)] : []),
		),
	);
	return nested.flat();
}

/**
 * Astro's Content-Security-Policy (astro.config.mjs) lists the hash of every script and style
 * Astro bundles or processes, but not of the small `is:inline` scripts Starlight writes into
 * each page (the theme, the sidebar's scroll position, the search button), nor of the styles
 * it inlines for components an MDX page imports, which the browser then refuses. After the
 * build, this adds the hash of every inline script and <style> element each page carries to
 * that page's policy. Only what the build wrote is listed: a script or style put into the
 * page later (an injection) has no hash and is refused.
 */
export function cspInlineScripts(): AstroIntegration {
	return {
		name: 'csp-inline-scripts',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const files = await htmlFiles(fileURLToPath(dir));
				let changed = 0;
				for (const file of files) {
					const html = await readFile(file, 'utf8');
					const updated = withInlineHashes(html);
					if (updated === html) continue;
					await writeFile(file, updated);
					changed += 1;
				}
				logger.info(`inline script and style hashes added to the policy of ${changed} of ${files.length} pages`);
			},
		},
	};
}
