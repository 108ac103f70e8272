import { describe, expect, it } from 'vitest';
import { classify, isLabel, parseDictionary, readToday } from '../../scripts/facts.ts';
import { DICTIONARIES } from '../../src/i18n';
import manageEn from '../../src/i18n/manage.en';
import manageJa from '../../src/i18n/manage.ja';
import todayEn from '../../src/i18n/today.en';
import todayJa from '../../src/i18n/today.ja';

// Every label of today's screens says where its words come from (CONTRIBUTING.md, "Today's screens are facts
// with sources"): a source key, UNVERIFIED, or "ours". These tests hold that for every line, so a new label that
// forgets its source fails here rather than reaching students as if it were Microsoft's screen.

describe('the labels of today’s screens', () => {
	const ja = readToday('ja');

	it('each has a source key, UNVERIFIED or “ours” beside it', () => {
		const silent = ja.filter((e) => isLabel(e.key) && e.provenance.kind === 'none').map((e) => `${e.file}:${e.line} ${e.key}`);
		expect(silent).toEqual([]);
	});

	it('are read whole: the parser finds every key of the dictionary, and no other', () => {
		const parsed = ja.map((e) => e.key).sort();
		expect(parsed).toEqual(Object.keys({ ...todayJa, ...manageJa }).sort());
		expect(
			readToday('en')
				.map((e) => e.key)
				.sort(),
		).toEqual(Object.keys({ ...todayEn, ...manageEn }).sort());
		expect(ja.filter((e) => isLabel(e.key)).length).toBeGreaterThan(100);
	});

	it('include the labels verified in December 2026, with their sources', () => {
		const of = (key: string) => ja.find((e) => e.key === key)?.provenance;
		expect(of('pc.today.ways.approve')).toEqual({ kind: 'source', keys: ['SUP-SIGNIN-JA'] });
		expect(of('phone.today.approve.no')).toMatchObject({ kind: 'source', keys: ['3P-OTEMON'] });
		expect(DICTIONARIES.ja['phone.today.approve.no']).toBe('いいえ、私はしていません');
		expect(DICTIONARIES.ja['phone.today.report.no']).toBe('無視');
	});

	it('mark Windows’ passkey dialog and the way out of it as their sources allow', () => {
		const of = (entries: ReturnType<typeof readToday>, key: string) => entries.find((e) => e.key === key)?.provenance;
		const en = readToday('en');
		// The dialog’s Japanese choice is a third party’s; its English, Microsoft Learn’s and a third party’s.
		expect(of(ja, 'pc.today.passkey.where.phone')).toEqual({ kind: 'source', keys: ['3P-AISCH'] });
		expect(of(en, 'pc.today.passkey.where.phone')).toEqual({ kind: 'source', keys: ['ED-PK-SIGNIN'] });
		expect(of(ja, 'pc.today.passkey.where.title')).toEqual({ kind: 'unverified' });
		expect(of(en, 'pc.today.passkey.where.title')).toEqual({ kind: 'source', keys: ['3P-AUTHCHOOSER'] });
		// Seen on the other sign-in pages, not on the passkey’s: UNVERIFIED there, in both languages.
		expect(of(ja, 'pc.today.passkey.otherWay')).toEqual({ kind: 'unverified' });
		expect(of(en, 'pc.today.passkey.otherWay')).toEqual({ kind: 'unverified' });
		expect(DICTIONARIES.ja['pc.today.passkey.where.phone']).toBe('iPhone、iPad、または Android デバイス');
		expect(DICTIONARIES.ja['pc.today.passkey.otherWay']).toBe('別の方法でサインインする');
	});
});

describe('the facts parser', () => {
	it('lets UNVERIFIED win over a key, and reads a trailing comment before the lines above', () => {
		expect(classify('[UT] classic; UNVERIFIED in today’s wizard')).toEqual({ kind: 'unverified' });
		expect(classify('[LAB0101ja][SC401ja]')).toEqual({ kind: 'source', keys: ['LAB0101ja', 'SC401ja'] });
		expect(classify('facts §2 phone side')).toEqual({ kind: 'source', keys: ['facts §2'] });
		expect(classify('ours: sample data')).toEqual({ kind: 'ours' });
		expect(classify('the practice’s page')).toEqual({ kind: 'none' });
		const entries = parseDictionary(
			[
				'export default {',
				'	// Section heading: UNVERIFIED labels below say so.',
				"	'a.one': 'x', // [SL]",
				'	// [UT]',
				"	'a.two':",
				"		'long ' +",
				"		'value // not a comment',",
				"	'a.three': 'y',",
				'',
				'	// UNVERIFIED',
				"	'a.four': 'z',",
				'};',
			].join('\n'),
		);
		expect(entries.map((e) => [e.key, e.provenance.kind])).toEqual([
			['a.one', 'source'],
			['a.two', 'source'],
			['a.three', 'none'],
			['a.four', 'unverified'],
		]);
	});

	it('reads a comment with apostrophes whole, and a // inside a string as no comment', () => {
		const [above, trailing, inString] = parseDictionary(
			[
				"\t// The passkey's sheet: UNVERIFIED, as the app's list",
				"\t'pc.today.a': 'A',",
				"\t'pc.today.b': 'B', // the sign-in page's words [UT]",
				"\t'pc.today.c': 'https://example.test/x',",
			].join('\n'),
		);
		expect(above?.provenance).toEqual({ kind: 'unverified' });
		expect(trailing?.provenance).toEqual({ kind: 'source', keys: ['UT'] });
		expect(inString?.provenance).toEqual({ kind: 'none' });
	});
});
