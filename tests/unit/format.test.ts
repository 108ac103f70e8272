import { describe, expect, it } from 'vitest';
import { fill, listOf } from '../../src/i18n/format';

describe('fill: {name} placeholders', () => {
	it('replaces each placeholder with its value', () => {
		expect(fill('「{method}」の手順を見る', { method: 'SMS' })).toBe('「SMS」の手順を見る');
		expect(fill('{where}, “{title}”', { where: 'SMS: step 2', title: 'Press Done' })).toBe('SMS: step 2, “Press Done”');
	});

	it('fills a placeholder used twice with the same value each time', () => {
		expect(fill('{n} of {n}', { n: 3 })).toBe('3 of 3');
	});

	it('writes numbers as they are, zero included', () => {
		expect(fill('あと {seconds} 秒', { seconds: 0 })).toBe('あと 0 秒');
		expect(fill('{count} wrong codes', { count: 5 })).toBe('5 wrong codes');
		expect(fill('{x}', { x: 1.5 })).toBe('1.5');
	});

	it('leaves a placeholder without a value as it is, so that a test can catch it', () => {
		expect(fill('今後 {days} 日間', {})).toBe('今後 {days} 日間');
		expect(fill('{days} days, {number}', { days: 14 })).toBe('14 days, {number}');
		expect(fill('{a}', { a: undefined } as unknown as Record<string, string>)).toBe('{a}');
		// Only the values given count, not what every object inherits.
		expect(fill('{constructor} {toString}', {})).toBe('{constructor} {toString}');
	});

	it('returns text without placeholders unchanged, and needs no values', () => {
		expect(fill('Press Done')).toBe('Press Done');
		expect(fill('{ not a placeholder } {}', { x: 1 })).toBe('{ not a placeholder } {}');
		expect(fill('', { x: 1 })).toBe('');
	});
});

// What Node's ICU gives (checked, not assumed): Japanese joins with "、" and no "and";
// English puts a comma before "and"/"or" with three items or more.
describe('listOf: a list in running text, per language', () => {
	it.each([
		['ja', [], ''],
		['ja', ['A'], 'A'],
		['ja', ['A', 'B'], 'A、B'],
		['ja', ['A', 'B', 'C'], 'A、B、C'],
		['en', [], ''],
		['en', ['A'], 'A'],
		['en', ['A', 'B'], 'A and B'],
		['en', ['A', 'B', 'C'], 'A, B, and C'],
	] as const)('%s %j → %j', (lang, items, expected) => {
		expect(listOf(lang, items)).toBe(expected);
	});

	it('joins with "or" for a disjunction', () => {
		expect(listOf('ja', ['SMS', '電話'], 'disjunction')).toBe('SMSまたは電話');
		expect(listOf('ja', ['A', 'B', 'C'], 'disjunction')).toBe('A、B、またはC');
		expect(listOf('en', ['A', 'B'], 'disjunction')).toBe('A or B');
		expect(listOf('en', ['A', 'B', 'C'], 'disjunction')).toBe('A, B, or C');
	});

	it('lists units with spaces in Japanese and commas in English', () => {
		expect(listOf('ja', ['A', 'B', 'C'], 'unit')).toBe('A B C');
		expect(listOf('en', ['A', 'B', 'C'], 'unit')).toBe('A, B, C');
	});
});
