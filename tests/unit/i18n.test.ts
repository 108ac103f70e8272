import { describe, expect, it } from 'vitest';
import { simStrings } from '../../src/components/illustrations';
import { METHODS } from '../../src/config/schema';
import { DICTIONARIES, isKey, type Key, LANGS, langOf, pick, ROOT_LANG, SIMULATOR_PREFIXES, t } from '../../src/i18n';
import { EDITIONS, methodsOf } from '../../src/methods';
import { guideOf, PHASES, phaseSteps, stepsOf } from '../../src/steps';

// The string system's API (src/i18n/index.ts) and the promises the rest of the site relies on.
describe('t: a key in a language', () => {
	it('looks the key up, and fills its placeholders when given values', () => {
		expect(t('ja', 'step.label')).toBe('手順');
		expect(t('en', 'step.label')).toBe('Step');
		expect(t('ja', 'chooser.result.open', { method: 'SMS' })).toBe('「SMS」の手順を見る');
		expect(t('en', 'pairing.time.seconds', { count: 30 })).toBe('30 seconds');
		// Without values the text comes as written, placeholders and all.
		expect(t('en', 'pc.wait.remember')).toBe('Don’t ask again for {days} days');
	});

	it('tells a key from a string that only looks like one', () => {
		expect(isKey('manual.guide.setup-sign-in')).toBe(true);
		expect(isKey('manual.guide.sms:setup-sign-in')).toBe(false);
		expect(isKey('constructor')).toBe(false);
	});
});

describe('pick: the strings a client script gets from its page', () => {
	it('keeps only the keys with the given prefixes, in the dictionary’s order', () => {
		const picked = pick('en', ['pairing.time.', 'pairing.lock.over']);
		expect(Object.keys(picked)).toEqual(['pairing.time.seconds', 'pairing.time.minutes', 'pairing.lock.over']);
		expect(picked['pairing.lock.over']).toBe('You can type a code again.');
	});

	it('gives the simulator exactly its own keys, as the practice page always had them', () => {
		for (const lang of LANGS) {
			const keys = Object.keys(simStrings(lang));
			expect(keys).toEqual(Object.keys(pick(lang, SIMULATOR_PREFIXES)));
			expect(keys.every((key) => SIMULATOR_PREFIXES.some((prefix) => key.startsWith(prefix)))).toBe(true);
			// Keys of other parts of the site never land in the simulator's namespaces.
			expect(keys).not.toContain('practiceLinks.title');
			expect(keys.some((key) => key.startsWith('pairing.'))).toBe(false);
			expect(simStrings(lang)['error.empty']).toBe(t(lang, 'error.empty'));
		}
		expect(simStrings('ja')['error.empty']).toBe('コードを入力してください。');
	});
});

describe('step titles live in the dictionaries, one per step of the table', () => {
	it('has a title for every step and no title for a step the table does not have', () => {
		const table = METHODS.flatMap((method) =>
			PHASES.flatMap((phase) => [
				...phaseSteps(method, 'manual', phase).map(({ id }) => `manual.step.${method}.${id}`),
				...phaseSteps(method, 'today', phase).map(({ id }) => `today.step.${method}.${id}`),
			]),
		);
		// Every method's, so that a method's titles are counted as soon as it is in the list.
		const title = new RegExp(`^(today|manual)\\.step\\.(${METHODS.join('|')})\\.`);
		const titles = Object.keys(DICTIONARIES[ROOT_LANG]).filter((key) => title.test(key));
		expect(titles.sort()).toEqual([...new Set(table)].sort());
	});

	it('gives stepsOf() the dictionaries’ titles in every language', () => {
		for (const lang of LANGS) {
			for (const step of stepsOf('code', 'manual')) expect(step.title[lang]).toBe(t(lang, `manual.step.code.${step.id}` as Key));
			for (const step of stepsOf('code', 'today')) expect(step.title[lang]).toBe(t(lang, `today.step.code.${step.id}` as Key));
		}
		const { ja, en } = stepsOf('push', 'manual')[5]!.title;
		expect({ ja, en }).toEqual({ ja: 'PC に表示された QR コードをスキャンする', en: 'Scan the QR code shown on the PC' });
	});
});

describe('the simulator’s guide lines', () => {
	it('guideOf prefers the method’s own line, then the shared one, and fails on a step with neither', () => {
		expect(guideOf('en', 'code', 'setup-enter-code', 'manual')).toBe(t('en', 'manual.guide.code:setup-enter-code'));
		expect(guideOf('en', 'push', 'setup-sign-in', 'manual')).toBe(t('en', 'manual.guide.setup-sign-in'));
		expect(guideOf('ja', 'push', 'setup-approve', 'manual')).toBe(t('ja', 'manual.guide.setup-approve'));
		expect(guideOf('ja', 'push', 'setup-approve', 'today')).toBe(t('ja', 'today.guide.setup-approve'));
		expect(guideOf('ja', 'code', 'setup-app-first-launch', 'today')).toBe(t('ja', 'today.guide.code:setup-app-first-launch'));
		// A step without a line (here another method's, a stand-in for a new step whose line was
		// forgotten) fails, naming the keys to add, rather than leaving the practice's guide blank.
		expect(() => guideOf('ja', 'push', 'setup-answer-call', 'manual')).toThrow(
			/manual\.guide\.push:setup-answer-call or manual\.guide\.setup-answer-call/,
		);
		expect(() => guideOf('ja', 'push', 'setup-answer-call', 'today')).toThrow(/today\.guide\.push:setup-answer-call/);
	});

	it('every step of every chapter has its line, in every language', () => {
		for (const lang of LANGS)
			for (const edition of EDITIONS)
				for (const method of methodsOf(edition))
					for (const step of stepsOf(method, edition))
						expect(guideOf(lang, method, step.id, edition), `${edition} ${method} ${step.id}`).not.toBe('');
	});
});

describe('langOf: the language of a page from Starlight’s route data', () => {
	it('reads a language code or a locale, and falls back to the root language', () => {
		expect(langOf('en')).toBe('en');
		expect(langOf('ja')).toBe('ja');
		expect(langOf(undefined)).toBe(ROOT_LANG);
		expect(langOf('root')).toBe(ROOT_LANG);
		expect(langOf('fr')).toBe(ROOT_LANG);
	});
});
