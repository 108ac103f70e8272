import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from '../../src/i18n';
import type { PcEvent } from '../../src/machines/pc';
import type { PhoneEvent } from '../../src/machines/runtime';
import { kit } from '../../src/screens/blocks';
import { glanceOf } from '../../src/screens/glance';
import type { Block, Screen } from '../../src/screens/model';

// On a phone the practice shows one device at a time; the glance carries what the step needs
// from the other one (src/screens/glance.ts). Screens here are made with the screens' own kit.
const t = DICTIONARIES.ja;
const pc = kit<PcEvent>();
const phone = kit<PhoneEvent>();
const screen = <E>(blocks: Block<E>[], more: Partial<Screen<E>> = {}): Screen<E> => ({ id: 'x', blocks, ...more });
const codeForm: Block<PcEvent> = {
	kind: 'form',
	submit: (f) => ({ type: 'pc.verify', code: f.get('code') }),
	blocks: [{ kind: 'field', label: t['pc.code.label'], name: 'code', type: 'text' }],
};
const texts = (...codes: string[]): Block<PhoneEvent> => ({
	kind: 'messages',
	items: codes.map((code) => ({ from: 'Microsoft', text: `Microsoft 認証に確認コード ${code} を使用してください` })),
});

describe('the glance at the device not on show', () => {
	it('over the phone: the two digits the PC shows for number matching, named as the PC’s', () => {
		const shown = glanceOf('phone', { pc: screen([pc.title('サインイン要求を承認'), pc.text('42', 'match')]), phone: screen([]) }, t);
		expect(shown).toEqual({ label: t['practice.glance.match'], value: '42' });
		expect(glanceOf('phone', { pc: screen([pc.title('サインイン')]), phone: screen([]) }, t)).toBeNull();
	});

	it('over the PC: the code the app shows, while it shows one (not its placeholder before the code is ready)', () => {
		const app = screen([phone.text('123 456', 'code')]);
		expect(glanceOf('pc', { pc: screen([]), phone: app }, t)).toEqual({ label: t['practice.glance.app'], value: '123 456' });
		expect(glanceOf('pc', { pc: screen([]), phone: screen([phone.text('––– –––', 'code')]) }, t)).toBeNull();
	});

	it('over the PC: the newest text’s six digits, only while the PC asks for a code', () => {
		const inbox = screen([texts('111111', '222222')]);
		expect(glanceOf('pc', { pc: screen([codeForm]), phone: inbox }, t)).toEqual({ label: t['practice.glance.sms'], value: '222222' });
		// Once typed, the code is spent: nothing lingers over the next page.
		expect(glanceOf('pc', { pc: screen([pc.title('パスキーを作成しましょう')]), phone: inbox }, t)).toBeNull();
	});

	it('over the PC: a text’s notification shows its code too, as a phone’s banner does', () => {
		const banner = {
			label: 'メッセージ（Microsoft）: Microsoft 認証に確認コード 333333 を使用してください',
			press: { type: 'phone.openMessages' } as const,
			alt: '',
		};
		expect(glanceOf('pc', { pc: screen([codeForm]), phone: screen([], { banner }) }, t)).toEqual({
			label: t['practice.glance.sms'],
			value: '333333',
		});
	});
});
