import { fill, listOf } from '../i18n/format';
import type { Block, Screen, ScreenEnv } from './model';

/**
 * The text alternative of a still picture: what each device shows, in words, from the
 * same descriptions the picture is drawn from. A block says what it is (a page's title,
 * what it says, a field, a choice, the buttons); a screen whose point is elsewhere (a
 * notification that has arrived, a code that is ticking) gives the block its own words
 * (`alt`), or none (`alt: null`). Several steps share a page and differ exactly there,
 * so naming the titles alone would not tell them apart.
 */
export function describeScreens(env: ScreenEnv, screens: { pc: Screen<unknown>; phone: Screen<unknown> }): string {
	const t = env.t;
	// A sentence per device, its parts joined and the two sentences put together as the language writes them (alt.*).
	const sentence = (device: string, parts: string[]) => fill(t['alt.device'], { device, text: parts.filter(Boolean).join(t['alt.parts']) });
	const device = (screen: Screen<unknown>) => [screen.banner?.alt ?? '', screen.alt ?? '', ...parts(env, screen.blocks)];
	return fill(t['alt.devices'], {
		pc: sentence(t['practice.pc'], device(screens.pc)),
		phone: sentence(t['practice.phone'], device(screens.phone)),
	});
}

/** One device's screen in words, as the pictures' description says it (the screen finder shows one device at a time). */
export function describeScreen(env: ScreenEnv, device: 'pc' | 'phone', screen: Screen<unknown>): string {
	const t = env.t;
	const text = [screen.banner?.alt ?? '', screen.alt ?? '', ...parts(env, screen.blocks)].filter(Boolean).join(t['alt.parts']);
	return fill(t['alt.device'], { device: t[device === 'pc' ? 'practice.pc' : 'practice.phone'], text });
}

function parts(env: ScreenEnv, blocks: Block<unknown>[]): string[] {
	return blocks.flatMap((block) => {
		if (block.alt !== undefined) return block.alt === null ? [] : [block.alt];
		if (block.kind === 'form') return parts(env, block.blocks);
		const phrase = phraseOf(env, block);
		return phrase ? [phrase] : [];
	});
}

/** What a block says in a picture's description, when its screen gives it no words of its own. */
function phraseOf(env: ScreenEnv, block: Block<unknown>): string | null {
	const t = env.t;
	const names = (labels: string[]) =>
		listOf(
			env.lang,
			labels.map((label) => fill(t['alt.quote'], { label })),
		);
	switch (block.kind) {
		case 'title':
			return fill(t['alt.page'], { title: block.text });
		case 'text':
			return block.tone === 'note' || block.tone === 'number' || block.tone === 'match' ? null : fill(t['alt.says'], { text: block.text });
		case 'error':
			return fill(t['alt.says'], { text: block.text });
		case 'field':
			return fill(t['alt.fields'], { names: names([block.label]) });
		case 'select':
			return fill(t['alt.chosen'], { label: block.options.find((o) => o.value === block.selected)?.label ?? '' });
		case 'choices': {
			const chosen = block.options.find((o) => o.value === block.chosen);
			return chosen ? fill(t['alt.chosen'], { label: chosen.label }) : null;
		}
		case 'check':
			return fill(t['alt.checkbox'], { label: block.label });
		case 'actions':
			return fill(t['alt.buttons'], { names: names(block.buttons.map((b) => b.label)) });
		case 'icons':
			return fill(t['alt.icons'], { names: names(block.buttons.map((b) => b.label)) });
		default:
			return null;
	}
}
