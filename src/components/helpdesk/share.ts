import { copyText } from '../../lib/clipboard';

/**
 * A step's copy-link and QR controls in the browser, as the step table has them: the
 * buttons are in the HTML but hidden (without JavaScript they could do nothing), shown
 * here. `button[data-copy]` copies origin + its path and says so in the `[role=status]` of
 * its `[data-share]` element; `button[data-qr]` opens the root's QR dialog with the code of
 * origin + its path, drawn by the encoder loaded on demand (./qr.ts). The origin is the
 * root's `data-origin` (Astro's `site`, the address a student's phone can reach) or the
 * page's own. The screen finder uses it; the step table has the same logic of its own.
 */
export function wireShare(root: HTMLElement) {
	const words = root.dataset;
	const origin = words.origin || location.origin;
	const dialog = root.querySelector('dialog');
	if (!dialog) return;
	const where = dialog.querySelector<HTMLElement>('[data-qr-where]');
	const title = dialog.querySelector<HTMLElement>('[data-qr-title]');
	const code = dialog.querySelector<HTMLElement>('[data-qr-code]');
	const link = dialog.querySelector<HTMLAnchorElement>('[data-qr-link]');
	const status = dialog.querySelector<HTMLElement>('[data-qr-status]');
	if (!where || !title || !code || !link || !status) return;
	let opener: HTMLElement | null = null;
	// Counts requests, so a slow code for one step never lands in the dialog of the next.
	let request = 0;

	for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
		button.hidden = false;
		const said = button.closest('[data-share]')?.querySelector('[role="status"]');
		button.addEventListener('click', async () => {
			const url = origin + button.dataset.copy;
			const ok = await copyText(url);
			if (!said) return;
			said.textContent = ok ? (words.copied ?? '') : `${words.failed ?? ''} ${url}`;
			if (ok) setTimeout(() => (said.textContent = ''), 4000);
		});
	}

	for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-qr]')) {
		button.hidden = false;
		button.addEventListener('click', async () => {
			const url = origin + button.dataset.qr;
			const mine = ++request;
			opener = button;
			where.textContent = button.dataset.where ?? '';
			title.textContent = button.dataset.title ?? '';
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
		});
	}

	// A click on the backdrop closes the dialog, as people expect of a pop-up.
	dialog.addEventListener('click', (event) => {
		if (event.target === dialog) dialog.close();
	});
	dialog.addEventListener('close', () => opener?.focus());
}
