import { fill, type PairingKey } from '../../i18n/pairing';

export type Strings = Partial<Record<PairingKey, string>>;

/**
 * The page's words for a script, from the JSON the component rendered at build time
 * (`data-strings`), so the script itself carries no language.
 */
export function readStrings(element: HTMLElement): (key: PairingKey, values?: Record<string, string | number>) => string {
	let strings: Strings = {};
	try {
		strings = JSON.parse(element.dataset['strings'] ?? '{}') as Strings;
	} catch {
		// A broken attribute shows blanks rather than stopping the demo.
	}
	return (key, values = {}) => fill(strings[key] ?? '', values);
}
