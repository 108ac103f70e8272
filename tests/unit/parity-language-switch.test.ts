import { describe, expect, it } from 'vitest';
import { LANGS, LOCALES, ROOT_LANG } from '../../src/i18n/locales';
import {
	chapterPath,
	editionOf,
	entryId,
	localePrefix,
	otherLanguagePath,
	practicePath,
	sitePath,
	stepPath,
} from '../../src/lib/site-paths';

// The language switch must land on the same page in the other language, at the root and
// under a sub-path (BASE_PATH=/mfa/); the helpdesk's links must go through the base too.
describe('language switch paths', () => {
	it.each([
		['/', 'ja', 'en', '/', '/en/'],
		['/push/', 'ja', 'en', '/', '/en/push/'],
		['/en/push/', 'en', 'ja', '/', '/push/'],
		['/en/', 'en', 'ja', '/', '/'],
		['/en/practice/push/', 'en', 'ja', '/', '/practice/push/'],
		['/mfa/troubleshooting/', 'ja', 'en', '/mfa/', '/mfa/en/troubleshooting/'],
		['/mfa/en/troubleshooting/', 'en', 'ja', '/mfa/', '/mfa/troubleshooting/'],
		['/mfa/en/', 'en', 'ja', '/mfa/', '/mfa/'],
		// A Japanese page whose slug merely starts with "en" keeps it.
		['/entry/', 'ja', 'en', '/', '/en/entry/'],
		['/en/entry/', 'en', 'ja', '/', '/entry/'],
	] as const)('%s (%s → %s, base %s) → %s', (path, from, to, base, expected) => {
		expect(otherLanguagePath(path, from, to, base)).toBe(expected);
	});

	it('builds step, simulator and page links under the base', () => {
		expect(stepPath('ja', 'push', 'setup-scan-qr', 'today', '/')).toBe('/push/#setup-scan-qr');
		expect(stepPath('en', 'push', 'setup-scan-qr', 'today', '/mfa/')).toBe('/mfa/en/push/#setup-scan-qr');
		expect(stepPath('en', 'push', 'setup-scan-qr', 'manual', '/mfa/')).toBe('/mfa/en/manual/push/#setup-scan-qr');
		expect(practicePath('ja', 'code', 'signin-enter-code', 'today', '/')).toBe('/practice/code/?step=signin-enter-code');
		expect(practicePath('en', 'sms', 'setup-done', 'today', '/mfa/')).toBe('/mfa/en/practice/sms/?step=setup-done');
		expect(practicePath('ja', 'sms', 'setup-done', 'manual', '/mfa/')).toBe('/mfa/manual/practice/sms/?step=setup-done');
		expect(sitePath('en', '/choose/', '/mfa')).toBe('/mfa/en/choose/');
	});

	it('builds chapter links under the base', () => {
		expect(chapterPath('ja', 'sms', 'today', '/')).toBe('/sms/');
		expect(chapterPath('en', 'call', 'today', '/mfa/')).toBe('/mfa/en/call/');
		expect(chapterPath('ja', 'call', 'manual', '/')).toBe('/manual/call/');
	});

	it('tells an edition by where its page lives', () => {
		expect(editionOf('push')).toBe('today');
		expect(editionOf('en/practice/push')).toBe('today');
		expect(editionOf('manual/push')).toBe('manual');
		expect(editionOf('en/manual/practice/push')).toBe('manual');
		expect(editionOf('manual-notes')).toBe('today');
	});
});

// The prefixes come from the list of languages (src/i18n/locales.ts), not from a hard-coded "en".
describe('locale prefixes and content entries, from the list of languages', () => {
	it('gives the root language no prefix and every other language its own', () => {
		expect(LOCALES[ROOT_LANG].root).toBe(true);
		expect(localePrefix(ROOT_LANG)).toBe('');
		for (const lang of LANGS.filter((l) => l !== ROOT_LANG)) expect(localePrefix(lang)).toBe(`/${lang}`);
		expect(localePrefix('ja')).toBe('');
		expect(localePrefix('en')).toBe('/en');
	});

	it("names a page's content entry: content/<slug> for the root language, content/<lang>/<slug> for others", () => {
		expect(entryId('ja', 'push')).toBe('push');
		expect(entryId('ja', 'practice/push')).toBe('practice/push');
		expect(entryId('en', 'push')).toBe('en/push');
		expect(entryId('en', 'pairing')).toBe('en/pairing');
	});

	it('switches between any two languages of the list, there and back', () => {
		for (const from of LANGS) {
			for (const to of LANGS) {
				const path = sitePath(from, '/practice/push/', '/mfa/');
				expect(otherLanguagePath(path, from, to, '/mfa/')).toBe(sitePath(to, '/practice/push/', '/mfa/'));
				expect(otherLanguagePath(sitePath(from, '/', '/'), from, to, '/')).toBe(sitePath(to, '/', '/'));
			}
		}
	});
});
