import { describe, expect, it } from 'vitest';
import { otherLanguagePath, practicePath, sitePath, stepPath } from '../../src/lib/site-paths';

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
		expect(stepPath('ja', 'push', 'setup-scan-qr', '/')).toBe('/push/#setup-scan-qr');
		expect(stepPath('en', 'push', 'setup-scan-qr', '/mfa/')).toBe('/mfa/en/push/#setup-scan-qr');
		expect(practicePath('ja', 'code', 'signin-enter-code', '/')).toBe('/practice/code/?step=signin-enter-code');
		expect(practicePath('en', 'sms', 'setup-done', '/mfa/')).toBe('/mfa/en/practice/sms/?step=setup-done');
		expect(sitePath('en', '/choose/', '/mfa')).toBe('/mfa/en/choose/');
	});
});
