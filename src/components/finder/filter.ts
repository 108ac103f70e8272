import { terms } from '../../i18n/fold';
import { fill } from '../../i18n/format';
import { wireShare } from '../helpdesk/share';

/** The words the finder's script needs, handed over by the page as JSON (a script imports no dictionary). */
export interface FinderWords {
	/** "{shown} of {total} screens". */
	count: string;
	copy: string;
	qr: string;
	/** The QR button's name before what it is about ("Show QR code"). */
	qrName: string;
}

/**
 * The screen finder in the browser (`<mfa-screen-finder>`): shows the form, hides the cards
 * the typed words, the method and the edition leave out (a chosen method also hides other
 * methods' steps in a card they share), says how many are shown, and adds each step's copy and
 * QR buttons. Without it every card shows.
 */
class ScreenFinder extends HTMLElement {
	connectedCallback() {
		const form = this.querySelector<HTMLFormElement>('[data-finder-form]');
		const count = this.querySelector<HTMLElement>('[data-finder-count]');
		const none = this.querySelector<HTMLElement>('[data-finder-none]');
		if (!form || !count || !none) return;
		const query = form.elements.namedItem('q');
		const method = form.elements.namedItem('method');
		const edition = form.elements.namedItem('edition');
		if (!(query instanceof HTMLInputElement) || !(method instanceof HTMLSelectElement) || !(edition instanceof HTMLSelectElement)) return;
		const said: FinderWords = JSON.parse(this.dataset.finder ?? '{}');
		const cards = [...this.querySelectorAll<HTMLElement>('[data-screen-card]')];
		const groups = [...this.querySelectorAll<HTMLElement>('[data-finder-group]')];
		// Each card's methods: those of the steps it lists.
		const methods = new Map(
			cards.map((card) => [card, new Set([...card.querySelectorAll<HTMLElement>('li[data-method]')].map((r) => r.dataset.method))]),
		);
		// Each card's words in every language, folded at build time: one string to search (a word in pieces joined back).
		const words = new Map(
			cards.map((card) => {
				const lists = [...card.querySelectorAll<HTMLElement>('[data-words]')].map((el): (string | string[])[] =>
					JSON.parse(el.dataset.words ?? '[]'),
				);
				return [card, lists.flatMap((list) => list.map((w) => (Array.isArray(w) ? w.join('') : w))).join('\n')];
			}),
		);

		const apply = () => {
			const wanted = terms(query.value);
			const m = method.value;
			const e = edition.value;
			let shown = 0;
			for (const card of cards) {
				const haystack = words.get(card) ?? '';
				const match =
					wanted.every((term) => haystack.includes(term)) &&
					(!m || methods.get(card)?.has(m) === true) &&
					(!e || card.dataset.edition === e);
				card.hidden = !match;
				if (match) shown++;
				for (const row of card.querySelectorAll<HTMLElement>('li[data-method]')) row.hidden = Boolean(m) && row.dataset.method !== m;
			}
			for (const group of groups) group.hidden = !group.querySelector('[data-screen-card]:not([hidden])');
			none.hidden = shown > 0;
			count.textContent = fill(said.count, { shown, total: cards.length });
		};

		// Typing with an input method is filtered when the word is chosen, not at every kana.
		form.addEventListener('input', (event) => {
			if (!(event instanceof InputEvent && event.isComposing)) apply();
		});
		form.addEventListener('compositionend', apply);
		form.addEventListener('submit', (event) => event.preventDefault());
		form.hidden = false;
		apply();
		addShareButtons(this, said);
		wireShare(this);
	}
}

/** Each step's copy-link and QR buttons, named after the step and its screen as the step table names its own. */
function addShareButtons(root: HTMLElement, said: FinderWords) {
	for (const row of root.querySelectorAll<HTMLElement>('li[data-share]')) {
		const path = row.querySelector('a')?.getAttribute('href');
		const controls = row.querySelector('.mfa-finder__controls');
		if (!path || !controls) continue;
		const about = row.dataset.about ?? '';
		const button = (label: string, name: string, data: Record<string, string>) => {
			const b = document.createElement('button');
			b.type = 'button';
			b.className = 'mfa-btn mfa-btn--compact';
			b.textContent = label;
			b.setAttribute('aria-label', `${name}: ${about}`);
			Object.assign(b.dataset, data);
			controls.append(b);
			return b;
		};
		button(said.copy, said.copy, { copy: path });
		const title = row.querySelector('[data-step-title]')?.textContent ?? '';
		button(said.qr, said.qrName, { qr: path, where: about, title }).setAttribute('aria-haspopup', 'dialog');
	}
}

export function defineFinder() {
	if (!customElements.get('mfa-screen-finder')) customElements.define('mfa-screen-finder', ScreenFinder);
}
