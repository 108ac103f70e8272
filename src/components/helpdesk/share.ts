import { copyText } from '../../lib/clipboard';

/** The words a share control says, from its element's data attributes (in the page's language). */
interface ShareWords {
	copied?: string;
	failed?: string;
	loading?: string;
	qrFailed?: string;
}

/** Copies the address and says so in `said` (or, when the clipboard refuses, shows the address to copy by hand). */
export async function copyLink(url: string, said: Element | null | undefined, words: ShareWords) {
	const ok = await copyText(url);
	if (!said) return;
	said.textContent = ok ? (words.copied ?? '') : `${words.failed ?? ''} ${url}`;
	if (ok) setTimeout(() => (said.textContent = ''), 4000);
}

/**
 * A QR dialog's behaviour, over its parts found by their data attributes (`[data-qr-code]`,
 * `[data-qr-link]`, `[data-qr-status]`, and optionally `[data-qr-where]`, `[data-qr-title]`):
 * `show` fills it for an address and opens it, the code drawn by the encoder loaded on demand
 * (./qr.ts); closing it, by its button, Escape or the backdrop, gives focus back to the control
 * that opened it. Used by the step table, the screen finder and `Share.astro`.
 */
export function qrDialog(dialog: HTMLDialogElement, words: ShareWords) {
	const part = (name: string) => dialog.querySelector<HTMLElement>(`[data-qr-${name}]`);
	const code = part('code');
	const link = part('link');
	const status = part('status');
	let opener: HTMLElement | null = null;
	// Counts requests, so a slow code for one address never lands in the dialog of the next.
	let request = 0;
	// A click on the backdrop closes the dialog, as people expect of a pop-up.
	dialog.addEventListener('click', (event) => {
		if (event.target === dialog) dialog.close();
	});
	dialog.addEventListener('close', () => opener?.focus());

	return async function show(url: string, about: { where?: string | undefined; title?: string | undefined }, from: HTMLElement) {
		if (!code || !(link instanceof HTMLAnchorElement) || !status) return;
		const mine = ++request;
		opener = from;
		for (const name of ['where', 'title'] as const) {
			const shown = part(name);
			if (shown) shown.textContent = about[name] ?? '';
		}
		link.href = url;
		link.textContent = url;
		code.replaceChildren();
		status.textContent = words.loading ?? '';
		dialog.showModal();
		try {
			const { qrSvg } = await import('./qr');
			const svg = await qrSvg(url);
			if (mine !== request) return;
			// The markup comes from the encoder, not from a reader: safe to insert.
			code.innerHTML = svg;
			code.querySelector('svg')?.setAttribute('aria-hidden', 'true');
			code.dataset.url = url;
			status.textContent = '';
		} catch {
			if (mine === request) status.textContent = words.qrFailed ?? '';
		}
	};
}

/**
 * A list's copy-link and QR controls (the step table's rows, the screen finder's steps): the
 * buttons are in the HTML but hidden (without JavaScript they could do nothing), shown here.
 * `button[data-copy]` copies origin + its path and says so in the `[role=status]` of its
 * `[data-share]` element; `button[data-qr]` opens the root's dialog with the code of origin +
 * its path, headed by the button's `data-where` and `data-title`. The origin is the root's
 * `data-origin` (Astro's `site`, the address a student's phone can reach) or the page's own.
 */
export function wireShare(root: HTMLElement) {
	const words = root.dataset;
	const origin = words.origin || location.origin;
	const dialog = root.querySelector('dialog');
	if (!dialog) return;
	const show = qrDialog(dialog, words);

	for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
		button.hidden = false;
		const said = button.closest('[data-share]')?.querySelector('[role="status"]');
		button.addEventListener('click', () => copyLink(origin + button.dataset.copy, said, words));
	}
	for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-qr]')) {
		button.hidden = false;
		button.addEventListener('click', () =>
			show(origin + button.dataset.qr, { where: button.dataset.where, title: button.dataset.title }, button),
		);
	}
}
