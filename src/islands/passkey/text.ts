import type { KeysWith } from '../../i18n';
import { fill, type Values } from '../../i18n/format';

/** The passkey demo's keys (passkeyDemo.* in src/i18n/passkey-demo.ja.ts, .en.ts). */
export type PasskeyKey = KeysWith<'passkeyDemo.'>;
type Strings = Partial<Record<PasskeyKey, string>>;

/**
 * The page's words for a script, from the JSON its component rendered at build time
 * (`data-strings`), as the pairing demo does: the dictionaries stay out of the bundle.
 */
export function readStrings(element: HTMLElement): (key: PasskeyKey, values?: Values) => string {
	let strings: Strings = {};
	try {
		strings = JSON.parse(element.dataset['strings'] ?? '{}') as Strings;
	} catch {
		// A broken attribute shows blanks rather than stopping the demo.
	}
	return (key, values = {}) => fill(strings[key] ?? '', values);
}

/** Replaces a live region's content with paragraphs (new nodes, so a repeated message is announced again). */
export function say(region: HTMLElement, ...lines: (string | Node)[]): void {
	region.replaceChildren(
		...lines.map((line) => (typeof line === 'string' ? Object.assign(document.createElement('p'), { textContent: line }) : line)),
	);
}

/** A list of checks: each item a mark (hidden from screen readers: the words say it) and its words. */
export function checkList(items: { mark: '✓' | '–' | '✗'; text: string }[]): HTMLUListElement {
	const list = document.createElement('ul');
	list.className = 'mfa-passkey-checks';
	for (const { mark, text } of items) {
		const item = document.createElement('li');
		const symbol = Object.assign(document.createElement('span'), { textContent: mark, className: 'mfa-passkey-mark' });
		symbol.setAttribute('aria-hidden', 'true');
		symbol.dataset['mark'] = mark === '✓' ? 'ok' : mark === '✗' ? 'refused' : 'neutral';
		item.append(symbol, Object.assign(document.createElement('span'), { textContent: text }));
		list.append(item);
	}
	return list;
}
