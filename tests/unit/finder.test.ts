import { describe, expect, it } from 'vitest';
import type { AnyStateNode } from 'xstate';
import { finderCards, registryFlows } from '../../src/components/finder/gallery';
import { fold, terms } from '../../src/i18n/fold';
import { LANGS } from '../../src/i18n/locales';
import type { StateMeta } from '../../src/machines/meta';
import { EDITION_METHODS } from '../../src/methods';
import { lookupStep } from '../../src/steps';

/**
 * The screen finder (/screens/) lists every screen of every flow exactly once. A flow's
 * screens are the keys of its screen sets that its own states name (a set shared by several
 * flows holds screens one of them never shows: the SMS phone's call screens), leaving out the
 * states of a shared phone that name only steps another method's chapter has (the app's
 * approval sheet on the code's phone).
 */

const cards = await finderCards();
const places = cards.flatMap((card) => card.places.map((p) => `${p.edition}/${p.method}/${p.device}:${p.screen}`));

function leaves(node: AnyStateNode): { meta: StateMeta }[] {
	const children = Object.values(node.states ?? {});
	if (children.length) return children.flatMap(leaves);
	const chain: AnyStateNode[] = [];
	for (let n: AnyStateNode | undefined = node; n; n = n.parent) chain.unshift(n);
	return [{ meta: Object.assign({}, ...chain.map((n): StateMeta => n.meta ?? {})) }];
}

describe('the screen finder', () => {
	it('has no screen of a flow twice', () => {
		expect(places.length).toBe(new Set(places).size);
	});

	it('covers every flow of the registry, and every chapter has one', async () => {
		const flows = await registryFlows();
		expect(flows.map((f) => `${f.edition}/${f.method}`).sort()).toEqual(EDITION_METHODS.map(([e, m]) => `${e}/${m}`).sort());
	});

	it('lists every screen of every flow exactly once, and only screens of its flows', async () => {
		const expected: string[] = [];
		for (const { edition, method, flow } of await registryFlows()) {
			for (const device of ['pc', 'phone'] as const) {
				const drawn = new Set(Object.keys(flow.screens[device]));
				for (const { meta } of leaves(flow[device].root)) {
					if (!meta.screen) continue;
					const rule = meta.step;
					const steps =
						rule === undefined ? [] : typeof rule === 'object' && 'setup' in rule ? [rule.setup, rule.signin].flat() : [rule].flat();
					if (steps.length && !steps.some((s) => lookupStep(method, s, edition))) continue;
					expect(drawn.has(meta.screen), `${edition}/${method} ${device}:${meta.screen} is drawn by the flow`).toBe(true);
					expected.push(`${edition}/${method}/${device}:${meta.screen}`);
				}
			}
		}
		expect([...places].sort()).toEqual([...new Set(expected)].sort());
	});

	it('names for every card steps of its methods’ chapters, and draws it in every language', () => {
		for (const card of cards) {
			expect(card.steps.length, card.id).toBeGreaterThan(0);
			for (const step of card.steps) {
				expect(card.methods, card.id).toContain(step.method);
				expect(lookupStep(step.method, step.id, card.edition), `${card.id} ${step.id}`).toBeDefined();
			}
			for (const lang of LANGS) {
				const view = card.views[lang];
				expect(view.html, `${card.id} (${lang})`).toMatch(/class="sim-(pc|phone)__bar"/);
				expect(view.words.length, `${card.id} (${lang})`).toBeGreaterThan(0);
				// What the filter searches holds every word of the screen, in every language.
				for (const word of view.words) expect(card.search[lang], `${card.id} (${lang})`).toContain(fold(word));
			}
		}
		expect(new Set(cards.map((c) => c.id)).size).toBe(cards.length);
	});

	it('shows a screen once where flows draw it alike: today’s sign-in page is one card for every method', () => {
		const signIn = cards.filter((c) => c.edition === 'today' && c.device === 'pc' && c.screen === 'signIn');
		expect(signIn.map((c) => c.methods)).toEqual([EDITION_METHODS.filter(([e]) => e === 'today').map(([, m]) => m)]);
	});
});

describe('folding what is typed', () => {
	it('meets full-width and half-width forms, case and spaces', () => {
		expect(fold('ｻｲﾝｲﾝ')).toBe(fold('サインイン'));
		expect(fold('１２')).toBe('12');
		expect(fold('ＳＭＳ')).toBe('sms');
		expect(fold(' Sign  In ')).toBe('signin');
		expect(terms('Sign in　ｺｰﾄﾞ')).toEqual(['sign', 'in', 'コード']);
		expect(terms('   ')).toEqual([]);
	});
});
