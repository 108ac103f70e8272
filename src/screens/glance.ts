import type { Block, Screen, SimStrings } from './model';
import type { Device } from './render';

/**
 * What a student on a phone needs from the device that is not on show, to finish the step on
 * the one that is: the two digits the PC shows to type into the phone's sheet, or the six
 * digits the phone's app or a text shows to type on the PC. On a narrow screen only one device
 * is drawn at a time; the page shows this above it, named by where it comes from, so that no
 * step needs a switch to the other device to read a value. The PC's number and the app's code
 * show as long as their device shows them (a step that asks to check the app's code reads it
 * there too); a text's code while the PC asks for a code. Null: nothing to read.
 */
export interface Glance {
	/** Where the value is, in the page's language ("the number shown on the PC"). */
	label: string;
	value: string;
}

type Any = Screen<unknown>;
type AnyBlock = Block<unknown>;

function* walk(blocks: AnyBlock[]): Generator<AnyBlock> {
	for (const block of blocks) {
		yield block;
		if (block.kind === 'form') yield* walk(block.blocks);
	}
}

const asks = (screen: Any, name: string) => [...walk(screen.blocks)].some((b) => b.kind === 'field' && b.name === name);
const toned = (screen: Any, tone: string) => {
	for (const b of walk(screen.blocks)) if (b.kind === 'text' && b.tone === tone) return b.text;
	return null;
};
/** The six digits of a text message (the words around them are the carrier's, not the student's to type). */
const digitsOf = (words: string | undefined) => /\d{6}/.exec(words ?? '')?.[0] ?? null;

export function glanceOf(shown: Device, screens: Record<Device, Any>, t: SimStrings): Glance | null {
	const there = screens[shown === 'pc' ? 'phone' : 'pc'];
	if (shown === 'phone') {
		// Number matching: the phone's sheet asks for the number only the PC shows.
		const match = toned(there, 'match');
		return match ? { label: t['practice.glance.match'], value: match } : null;
	}
	const app = toned(there, 'code');
	if (app && /\d/.test(app)) return { label: t['practice.glance.app'], value: app };
	// A text's code only while the PC asks for one: once typed, it is spent, and would only distract.
	if (!asks(screens[shown], 'code')) return null;
	const messages = [...walk(there.blocks)].find((b) => b.kind === 'messages');
	const texted = digitsOf(messages?.kind === 'messages' ? messages.items.at(-1)?.text : there.banner?.label);
	return texted ? { label: t['practice.glance.sms'], value: texted } : null;
}
