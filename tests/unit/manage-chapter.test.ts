import { describe, expect, it } from 'vitest';
import { managePicture } from '../../src/components/manage/pictures';
import { institution } from '../../src/config/institution';
import { parseInstitution } from '../../src/config/schema';
import { DICTIONARIES } from '../../src/i18n';
import { unverifiedKeys } from '../../src/i18n/unverified';
import { taskSteps } from '../../src/steps';

/*
 * The chapter after enrolment's facts and settings: which of the Security info page's labels may
 * differ in each language, the pictures that say so, and the institution's Temporary Access Pass.
 */

describe('the Security info page’s labels', () => {
	it('may differ where no source confirms them, per language', () => {
		const ja = unverifiedKeys('ja', 'today');
		const en = unverifiedKeys('en', 'today');
		// 「サインイン方法の追加」 has no source; "Add sign-in method" has Microsoft Learn's.
		expect(ja).toContain('pc.today.secinfo.add');
		expect(en).not.toContain('pc.today.secinfo.add');
		// 「既定のサインイン方法」 is unconfirmed; "Default sign-in method" is a third party's quote.
		expect(ja).toContain('pc.today.secinfo.default');
		expect(en).not.toContain('pc.today.secinfo.default');
		// 「セキュリティ情報」 and 「削除」 are quoted by sources in Japanese.
		expect(ja).not.toContain('pc.today.secinfo.title');
		expect(ja).not.toContain('pc.today.secinfo.delete');
	});
});

describe('the chapter’s pictures', () => {
	it('draw the steps that have one, their words from the screens, with “may differ” where a label is unconfirmed', () => {
		const drawn = taskSteps('manage').filter((s) => managePicture(s.id, 'ja'));
		expect(drawn.map((s) => s.id)).toEqual([
			'manage-open-security-info',
			'manage-default-method',
			'manage-add-method',
			'manage-delete-method',
			'new-phone-delete-old',
			'lost-phone-tap',
			'lost-phone-register',
		]);
		for (const lang of ['ja', 'en'] as const) {
			const t = DICTIONARIES[lang];
			const page = managePicture('manage-open-security-info', lang);
			expect(page?.alt).toContain(t['pc.today.secinfo.title']);
			expect(page?.alt).toContain(t['practice.mayDifferAlt']);
			expect(page?.pc).toContain(t['practice.mayDiffer']);
			// A still picture: nothing to press or focus.
			expect(page?.pc).not.toMatch(/<button|tabindex/);
		}
		expect(managePicture('new-phone-check', 'ja')).toBeNull();
	});
});

describe('the institution’s Temporary Access Pass', () => {
	it('is off unless the config says so, and says how to ask when it is on', () => {
		const { temporaryAccessPass: _, ...rest } = structuredClone(institution);
		expect(parseInstitution(rest).temporaryAccessPass).toEqual({ issued: false });
		expect(() => parseInstitution({ ...rest, temporaryAccessPass: { issued: true } })).toThrow(/temporaryAccessPass\.howToAsk/);
		expect(() => parseInstitution({ ...rest, temporaryAccessPass: { issued: true, howToAsk: { ja: '窓口へ' } } })).toThrow(
			/temporaryAccessPass\.howToAsk\.en/,
		);
		expect(() => parseInstitution({ ...rest, temporaryAccessPass: { issued: false, lifetime: 60 } })).toThrow(/temporaryAccessPass/);
	});
});
