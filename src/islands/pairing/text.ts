import type { KeysWith } from '../../i18n';
import { fill, type Values } from '../../i18n/format';

/** The pairing demo's keys (pairing.* in src/i18n/ja.ts, en.ts). */
export type PairingKey = KeysWith<'pairing.'>;
export type Strings = Partial<Record<PairingKey, string>>;

/**
 * The page's words for a script, from the JSON the component rendered at build time
 * (`data-strings`, made with pick() from src/i18n/index.ts), so the script itself carries
 * no language. Only format.ts is imported for real: the dictionaries stay out of the bundle.
 */
export function readStrings(element: HTMLElement): (key: PairingKey, values?: Values) => string {
	let strings: Strings = {};
	try {
		strings = JSON.parse(element.dataset['strings'] ?? '{}') as Strings;
	} catch {
		// A broken attribute shows blanks rather than stopping the demo.
	}
	return (key, values = {}) => fill(strings[key] ?? '', values);
}
