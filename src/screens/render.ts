import { type ComponentChild, type ComponentChildren, h } from 'preact';
import type { Device } from '../machines/runtime';
import type { Block, Button, FormFields, QrPicture, Screen, ScreenEnv, Tone } from './model';

/**
 * The one renderer of the simulated screens. It builds Preact elements from a screen's
 * description: at build time they become a chapter's still picture (HTML, through
 * preact-render-to-string: no controls, nothing focusable, no ids), in the simulator the
 * live screen (Preact's `render`). Every word is a text node or an attribute value, so
 * nothing needs escaping by hand; and a repaint changes only what changed, so whatever
 * the student typed, ticked or focused stays as it is, with no code to save and restore it.
 */

export type { Device };

const TONES: Record<Tone, string | null> = {
	plain: null,
	note: 'sim-note',
	ok: 'sim-ok',
	warn: 'sim-warn',
	account: 'sim-account',
	strong: null,
	voice: 'sim-voice',
	caller: 'sim-caller',
	typed: 'sim-typed',
	code: 'sim-code',
	countdown: 'sim-countdown',
	number: 'sim-note sim-phone__number',
	match: 'sim-match',
};

/** A device's screen, frame and all, as elements: `send` makes it live (presses send their events). */
export function deviceElements<E>(device: Device, screen: Screen<E>, env: ScreenEnv, send?: (event: E) => void): ComponentChild[] {
	const r = new Renderer(env.live ? send : undefined);
	const marker = h('span', { class: 'sim-marker' }, env.t['practice.marker']);
	// In the bar, which every screen has and whose height never changes: saying so moves nothing.
	const differ = screen.mayDiffer ? h('span', { class: 'sim-differ' }, env.t['practice.mayDiffer']) : null;
	// Keyed by the screen: another page is new elements (its fields start empty); the same page is repainted in place.
	if (device === 'pc') {
		return [
			h('div', { class: 'sim-pc__bar', key: 'bar' }, h('span', { class: 'sim-pc__address' }, env.t['pc.address']), differ, marker),
			h('div', { class: 'sim-pc__page', key: screen.id }, r.blocks(screen.blocks)),
		];
	}
	const parts: ComponentChild[] = [h('div', { class: 'sim-phone__bar', key: 'bar' }, h('span', null, '9:41'), differ, marker)];
	// Live, the place of a notification is kept while none is there: one arriving moves nothing on the screen.
	if (screen.banner || env.live) {
		parts.push(h('div', { class: 'sim-banner', key: 'banner' }, screen.banner ? r.button(screen.banner) : null));
	}
	parts.push(h('div', { class: 'sim-phone__screen', key: screen.id }, r.blocks(screen.blocks)));
	if (screen.nav) parts.push(h('div', { class: 'sim-phone__nav', key: 'nav' }, r.button(screen.nav)));
	return parts;
}

class Renderer<E> {
	constructor(private readonly send: ((event: E) => void) | undefined) {}

	private get live() {
		return this.send !== undefined;
	}

	blocks(blocks: Block<E>[]): ComponentChildren {
		const seen = new Map<string, number>();
		return blocks.map((block) => {
			// Keys follow what a block is, not where it is: an error shown above a field does not make the field new.
			const name = 'name' in block ? block.name : block.kind === 'text' ? (block.tone ?? 'plain') : '';
			const base = `${block.kind}:${name}`;
			const n = seen.get(base) ?? 0;
			seen.set(base, n + 1);
			return this.block(block, `${base}:${n}`);
		});
	}

	button(button: Button<E>, key?: string): ComponentChild {
		const className = button.primary ? 'sim-btn sim-btn--primary' : 'sim-btn';
		if (!this.send) return h('span', { class: className, key }, button.label);
		const send = this.send;
		const press = button.press;
		return h(
			'button',
			{
				type: press === 'submit' ? 'submit' : 'button',
				class: className,
				key,
				onClick: press === 'submit' ? undefined : () => send(press),
			},
			button.label,
		);
	}

	private block(block: Block<E>, key: string): ComponentChild {
		const live = this.live;
		switch (block.kind) {
			case 'title':
				return h('h3', { key, class: 'sim-title', tabIndex: live ? -1 : undefined }, block.text);
			case 'text': {
				const role = live && block.alert ? 'alert' : undefined;
				const id = live ? block.id : undefined;
				if (block.tone === 'strong') return h('p', { key, role, id }, h('strong', null, block.text));
				return h('p', { key, class: TONES[block.tone ?? 'plain'] ?? undefined, role, id }, block.text);
			}
			case 'error':
				return h('p', { key, class: 'sim-error', id: live ? block.id : undefined, role: live ? 'alert' : undefined }, block.text);
			case 'busy':
				return h('p', { key, class: 'sim-busy', role: live ? 'status' : undefined }, '…');
			case 'list':
				return h(
					'ol',
					{ key, class: 'sim-list' },
					block.items.map((item) => h('li', null, item)),
				);
			case 'facts':
				return h(
					'dl',
					{ key, class: 'sim-dl' },
					block.items.flatMap(([term, value]) => [h('dt', null, term), h('dd', null, value)]),
				);
			case 'picture': {
				const frame = block.frame === 'qr' ? 'sim-qr' : 'sim-viewfinder';
				if (!block.qr) return h('div', { key, class: `${frame} sim-viewfinder--empty` }, h('span', null, block.empty ?? ''));
				return h('div', { key, class: frame, role: 'img', 'aria-label': block.label }, qrSvg(block.qr));
			}
			case 'field': {
				if (!live) return h('span', { key, class: 'sim-field' }, block.label, h('span', { class: 'sim-input' }, block.shown ?? '\u00a0'));
				const hint = block.hint ?? {};
				return h(
					'label',
					{ key, class: 'sim-field' },
					block.label,
					h('input', {
						type: block.type,
						name: block.name,
						value: block.value,
						readOnly: hint.readOnly,
						inputMode: hint.inputMode,
						autoComplete: hint.autoComplete ?? 'off',
						spellcheck: block.type === 'text' ? false : undefined,
						'aria-invalid': hint.invalid ? 'true' : undefined,
						'aria-describedby': hint.describedBy,
					}),
				);
			}
			case 'select': {
				const chosen = block.options.find((o) => o.value === block.selected)?.label ?? '';
				if (!live) return h('span', { key, class: 'sim-field' }, block.label, h('span', { class: 'sim-input' }, `${chosen} ▾`));
				return h(
					'label',
					{ key, class: 'sim-field' },
					block.label,
					h(
						'select',
						{ name: block.name, disabled: block.disabled },
						block.options.map((o) => h('option', { value: o.value, selected: o.value === block.selected }, o.label)),
					),
				);
			}
			case 'choices':
				return h(
					'fieldset',
					{ key, class: 'sim-fieldset' },
					h('legend', null, block.legend),
					block.options.map((o) =>
						live
							? h(
									'label',
									{ class: 'sim-radio', key: o.value },
									h('input', { type: 'radio', name: block.name, value: o.value, disabled: block.disabled }),
									` ${o.label}`,
								)
							: h('span', { class: 'sim-radio', key: o.value }, `${o.value === block.chosen ? '◉' : '○'} ${o.label}`),
					),
				);
			case 'check': {
				if (!live || !this.send) return h('span', { key, class: 'sim-check' }, `☐ ${block.label}`);
				const send = this.send;
				const toggle = block.toggle;
				return h(
					'label',
					{ key, class: 'sim-check' },
					h('input', { type: 'checkbox', checked: block.checked, onChange: (e: Event) => send(toggle(isChecked(e.currentTarget))) }),
					` ${block.label}`,
				);
			}
			case 'actions': {
				const layout = block.layout ? ` sim-actions--${block.layout}` : '';
				return h(
					'div',
					{ key, class: `sim-actions${layout}` },
					block.buttons.map((b) => this.button(b, b.label)),
				);
			}
			case 'icons':
				return h(
					'div',
					{ key, class: 'sim-home' },
					block.buttons.map((b) => h('div', { class: 'sim-icon', key: b.label }, this.button(b))),
				);
			case 'accounts':
				return h(
					'ul',
					{ key, class: 'sim-accounts' },
					block.buttons.map((b) => h('li', { key: b.label }, this.button(b))),
				);
			case 'messages':
				return h(
					'ol',
					{ key, class: 'sim-messages' },
					block.items.map((m) => h('li', null, h('span', { class: 'sim-note' }, m.from), h('p', null, m.text))),
				);
			case 'keypad':
				return h(
					'div',
					{ key, class: 'sim-keypad', role: live ? 'group' : undefined, 'aria-label': live ? block.label : undefined },
					block.keys.map((k) => this.button(k, k.label)),
				);
			case 'form': {
				if (!this.send) return h('div', { key, class: 'sim-form' }, this.blocks(block.blocks));
				const send = this.send;
				const submit = block.submit;
				const onSubmit = (e: Event) => {
					e.preventDefault();
					if (e.currentTarget instanceof HTMLFormElement) send(submit(fieldsOf(e.currentTarget)));
				};
				return h('form', { key, class: 'sim-form', noValidate: true, onSubmit }, this.blocks(block.blocks));
			}
		}
	}
}

const isChecked = (target: EventTarget | null) => target instanceof HTMLInputElement && target.checked;

function fieldsOf(form: HTMLFormElement): FormFields {
	const data = new FormData(form);
	return { get: (name) => String(data.get(name) ?? '') };
}

/** A QR code as SVG elements: a white square and one dark path, crisp at any size. */
function qrSvg(qr: QrPicture): ComponentChild {
	const n = qr.size + 2;
	return h(
		'svg',
		{
			xmlns: 'http://www.w3.org/2000/svg',
			viewBox: `0 0 ${n} ${n}`,
			'shape-rendering': 'crispEdges',
			'aria-hidden': 'true',
			focusable: 'false',
		},
		h('path', { fill: '#ffffff', d: `M0 0h${n}v${n}H0z` }),
		h('path', { stroke: '#000000', d: qr.path }),
	);
}
