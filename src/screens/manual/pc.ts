import { fill } from '../../i18n/format';
import type { PcEvent } from '../../machines/pc';
import { kit } from '../blocks';
import type { Block, PcScreen, View } from '../model';
import { codePage, pcOf } from '../shared/pc';

/**
 * The manual's PC screens that more than one of its methods shows: "More information
 * required", the contact method of "Additional security verification", the backup phone
 * of the app methods, and the manual's words on the code page.
 */

type B = Block<PcEvent>;
const { actions, busy, button, error, text, title } = kit<PcEvent>();

/** "Contact method" on "Additional security verification": the authentication phone or the mobile app. */
export const contactSelect = (env: View['env'], selected: 'phone' | 'app', disabled = false): B => ({
	kind: 'select',
	label: env.t['pc.manual.sv.contact'],
	name: 'contact',
	options: [
		{ value: 'phone', label: env.t['pc.manual.sv.contact.phone'] },
		{ value: 'app', label: env.t['pc.manual.sv.contact.app'] },
	],
	selected,
	disabled,
});

export function moreInfo({ env }: View): PcScreen {
	const t = env.t;
	return {
		id: 'moreInfo',
		blocks: [
			text(env.account, 'account', { alt: null }),
			title(t['pc.manual.moreInfo.title']),
			text(t['pc.manual.moreInfo.body']),
			actions([button(t['pc.next'], { type: 'pc.next' }, true)]),
		],
	};
}

/** The app methods' last page of registration: the verified request, and an optional backup phone. */
export function backupPhone(view: View): PcScreen {
	const { env } = view;
	const { ctx, waiting } = pcOf(view);
	const t = env.t;
	return {
		id: 'backupPhone',
		blocks: [
			text(t['pc.manual.backup.verified'], 'ok'),
			title(t['pc.sv.title']),
			text(t['pc.manual.backup.step3'], 'strong'),
			{
				kind: 'form',
				submit: (fields) => ({ type: 'pc.done', backupPhone: fields.get('backupPhone') }),
				blocks: [
					{
						kind: 'select',
						label: t['pc.manual.backup.country'],
						name: 'country',
						options: [{ value: 'JP', label: t['pc.backup.countryJapan'] }],
						selected: 'JP',
						alt: null,
					},
					{ kind: 'field', label: t['pc.manual.backup.number'], name: 'backupPhone', type: 'tel', hint: { inputMode: 'tel' } },
					...error(env, ctx.error),
					...busy(waiting),
					actions([button(t['pc.done'], 'submit', true)]),
				],
			},
			text(t['pc.manual.backup.note'], 'note'),
		],
	};
}

/** Typing a code on the PC with the manual's words (the app's or a text's). */
export function enterCode(view: View): PcScreen {
	const { env } = view;
	const t = env.t;
	const app = env.method === 'code';
	return codePage(view, {
		lead: (number, setup) =>
			setup
				? [
						title(t['pc.sv.title']),
						text(fill(t[app ? 'pc.manual.app.setupTitle' : 'pc.manual.sms.setupTitle'], { number }), 'strong'),
						text(t[app ? 'pc.manual.app.setupBody' : 'pc.manual.sms.setupBody']),
					]
				: [
						text(env.account, 'account', { alt: null }),
						title(t['pc.manual.code.signinTitle']),
						text(fill(t[app ? 'pc.manual.app.signinBody' : 'pc.manual.sms.signinBody'], { number })),
					],
		verify: t['pc.manual.code.verify'],
		resend: t['pc.manual.sms.resend'],
	});
}
