import type { Page } from '@playwright/test';

/** The smallest tap target on a phone: WCAG 2.5.5 (AAA) and Apple's Human Interface Guidelines. */
export const MIN_TARGET = 44;

/**
 * Every control a reader can tap that is on show and smaller than 44×44 CSS px, as
 * "name (width×height)". A checkbox or radio is measured by its label, which taps it too.
 * Exempt, as WCAG 2.5.5 exempts them: a link inside a sentence (its block says more than
 * the link), and what is not on show (hidden, 1 px, or clipped away until focused, as a skip link).
 * `within` limits the sweep to one part of the page (a CSS selector); `exclude` leaves out what is
 * inside another (the simulator, which its walks measure at every step, on the pages around it).
 */
export async function smallTargets(page: Page, within = 'body', exclude = ''): Promise<string[]> {
	return page.locator(within).evaluateAll(
		(roots, { min, exclude }) => {
			const small: string[] = [];
			const CONTROLS = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="link"]';
			const blockOf = (el: Element) => el.closest('p, li, td, th, dd, dt, figcaption, blockquote, h1, h2, h3, h4, h5, h6');
			for (const root of roots) {
				for (const el of root.querySelectorAll<HTMLElement>(CONTROLS)) {
					if (el.closest('[hidden], [inert], [aria-hidden="true"]')) continue;
					if (exclude && el.closest(exclude)) continue;
					const style = getComputedStyle(el);
					if (style.visibility !== 'visible' || style.display === 'none') continue;
					// Inside a closed <details> (Chromium skips its content but still measures it): not on show.
					if (!el.checkVisibility()) continue;
					// Clipped away until focused (a skip link): nothing to tap.
					if (style.clip === 'rect(0px, 0px, 0px, 0px)' || style.clipPath === 'inset(50%)') continue;
					let box = el.getBoundingClientRect();
					if (box.width <= 1 || box.height <= 1) continue;
					const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
					if (el.tagName === 'A') {
						const block = blockOf(el);
						const blockText = (block?.textContent ?? '').replace(/\s+/g, ' ').trim();
						if (block && blockText.length > text.length) continue;
					}
					if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) {
						const label = el.closest('label') ?? (el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`) : null);
						if (label) box = label.getBoundingClientRect();
					}
					if (box.width + 0.5 < min || box.height + 0.5 < min) {
						const name = el.getAttribute('aria-label') || text || el.getAttribute('name') || el.tagName.toLowerCase();
						small.push(`${name.slice(0, 40)} (${Math.round(box.width)}×${Math.round(box.height)})`);
					}
				}
			}
			return small;
		},
		{ min: MIN_TARGET, exclude },
	);
}
