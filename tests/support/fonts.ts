import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Debian's IPAex Gothic: a common Japanese font (kana and kanji a full em wide), 3 MB. */
const PACKAGE = 'fonts-ipaexfont-gothic';
const CACHE = new URL('../../node_modules/.cache/mfa-print-fonts/', import.meta.url).pathname;

const hasJapaneseFont = () => {
	try {
		return execFileSync('fc-list', [':lang=ja', 'family'], { encoding: 'utf8' }).trim() !== '';
	} catch {
		return false;
	}
};

const fontFiles = (dir: string): string[] =>
	existsSync(dir)
		? readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
				e.isDirectory() ? fontFiles(join(dir, e.name)) : /\.(ttf|otf|ttc)$/i.test(e.name) ? [join(dir, e.name)] : [],
			)
		: [];

/**
 * The environment a Chromium needs to set Japanese in a real Japanese font, or undefined when
 * the machine has one. Without one Chromium draws every kana and kanji as a box about a third
 * of an em wide, so a Japanese chapter would wrap at three times its real line length and
 * print on fewer pages than it takes on any reader's computer: the page counts of
 * print.spec.ts and `npm run bench` would mean nothing for Japanese. Rather than install a
 * font for the whole machine (it would change every other page the browser tests draw), this
 * unpacks Debian's package into node_modules/.cache and points fontconfig at it, for the
 * browsers that print only. Throws with what to install when it cannot: it never skips.
 */
export function japaneseFontEnv(): Record<string, string> | undefined {
	if (hasJapaneseFont()) return undefined;
	const root = join(CACHE, 'root');
	if (fontFiles(root).length === 0) {
		mkdirSync(CACHE, { recursive: true });
		try {
			const download = () => execFileSync('apt-get', ['download', '-qq', PACKAGE], { cwd: CACHE, stdio: 'pipe' });
			try {
				download();
			} catch {
				// A machine that has never read the package lists finds nothing: read them once, as root.
				if (process.getuid?.() !== 0) throw new Error('not root');
				execSync('apt-get update -qq', { stdio: 'pipe' });
				download();
			}
			const deb = readdirSync(CACHE).find((f) => f.startsWith(PACKAGE) && f.endsWith('.deb'));
			if (!deb) throw new Error(`apt-get download left no ${PACKAGE} package`);
			execFileSync('dpkg-deb', ['-x', join(CACHE, deb), root]);
		} catch (error) {
			throw new Error(
				[
					'Printing is measured in a Japanese font, and this machine has none. Install one of:',
					`  sudo apt-get install ${PACKAGE}      (Debian; or fonts-noto-cjk)`,
					`or unpack any Japanese .ttf/.otf under ${root}.`,
					`(${error instanceof Error ? error.message : String(error)})`,
				].join('\n'),
			);
		}
	}
	const config = join(CACHE, 'fonts.conf');
	writeFileSync(
		config,
		[
			'<?xml version="1.0"?>',
			'<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
			'<fontconfig>',
			'  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
			`  <dir>${root}</dir>`,
			`  <cachedir>${join(CACHE, 'fontconfig')}</cachedir>`,
			'</fontconfig>',
			'',
		].join('\n'),
	);
	return { FONTCONFIG_FILE: config };
}
