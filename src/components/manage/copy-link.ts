import { copyText } from '../../lib/clipboard';

/**
 * A step's "copy link" button, as src/components/Step.astro's script defines it: copies the step's
 * address without any query, and says so in its status region. Defined once per page, whichever
 * step component defines it first.
 */
export function defineCopyLink() {
	if (customElements.get('mfa-copy-link')) return;
	class CopyLink extends HTMLElement {
		connectedCallback() {
			const button = this.querySelector('button');
			const status = this.querySelector('[role="status"]');
			if (!button || !status) return;
			button.hidden = false;
			button.addEventListener('click', async () => {
				const url = `${location.origin}${location.pathname}#${this.dataset.fragment}`;
				const ok = await copyText(url);
				status.textContent = ok ? (this.dataset.copied ?? '') : `${this.dataset.failed ?? ''} ${url}`;
				if (ok) setTimeout(() => (status.textContent = ''), 4000);
			});
		}
	}
	customElements.define('mfa-copy-link', CopyLink);
}
