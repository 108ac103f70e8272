import { z } from 'zod';
import { LANGS } from '../i18n/locales';
import { METHODS } from '../methods';

// The methods are listed once, in src/methods.ts; pages that imported them from here still can.
export { METHODS, type Method } from '../methods';

// Example accounts must never point at a real institution's domain: readers copy what
// they see, and a real domain invites them to try a real password on a practice page.
const reservedExampleDomain = /@([a-z0-9-]+\.)*(example\.(com|net|org|ac\.jp|jp)|example|test|invalid)$/i;

// The languages, named in the messages: the list an editor must give a value for.
const languages = `src/i18n/locales.ts: ${LANGS.join(', ')}`;

/**
 * A text in every language of the site, by its code in src/i18n/locales.ts (`{ ja: …, en: … }`):
 * a language added there needs its value here, and the build names the one missing. A code the
 * site does not have is refused too, as a misspelt one ("jp") would leave its value unread.
 */
const localized = z.record(
	z.enum(LANGS),
	z
		.string({
			error: (issue) => (issue.input === undefined ? `missing: every language of the site (${languages}) needs a value` : undefined),
		})
		.min(1),
	{
		error: (issue) => {
			if (issue.code === 'invalid_type') return `expected one text per language of the site (${languages}), e.g. { ja: '…', en: '…' }`;
			// A code that is not a language of the site: zod names it among the record's unrecognized keys.
			const { keys } = issue as { keys?: string[] };
			return keys ? `${keys.map((key) => `"${key}"`).join(', ')}: not a language of the site (${languages})` : undefined;
		},
	},
);

export const institutionSchema = z
	.object({
		/** Shown in the site title and wherever the manual says 学内. */
		name: localized,
		/** The practice account shown in every chapter and used by the simulator. */
		exampleAccount: z.email().regex(reservedExampleDomain, {
			message: 'must use a reserved example domain (example.ac.jp, example.com, .test …), never a real one',
		}),
		/**
		 * How many days "don't ask again" lasts. The manual says 14, but in reality it is a
		 * tenant setting (1–365 days in Entra ID), so each institution states its own; null
		 * where the tenant does not offer the box at all (today's screens then never show it;
		 * the manual's edition still reads as printed, with its 14 days).
		 */
		rememberDays: z.number().int().min(1).max(365).nullable(),
		/** The methods this institution offers; the others are hidden from navigation. */
		methods: z
			.array(z.enum(METHODS))
			.min(1)
			.refine((m) => new Set(m).size === m.length, {
				message: 'must not list a method twice',
			}),
		/**
		 * The institution's own guide to SMS, or null. The manual (December 2020) leaves SMS to
		 * a separate guide, so the SMS chapters are this guide's own; when this is set, they link
		 * it. Only http(s): it becomes a link readers follow.
		 */
		smsGuideUrl: z
			.url({ protocol: /^https?$/ })
			.nullable()
			.default(null),
		/**
		 * Whether SMS and voice codes go on after 1 February 2027, when Microsoft stops sending
		 * them itself (Microsoft Learn, concept-sms-voice-retirement: an organisation may keep
		 * them through a telecom provider of its own). False, the default: a student with a
		 * smartphone is advised a passkey or the app first, and SMS is shown as the manual's
		 * 2020 advice. True: the manual's advice (SMS for everyday use) still holds. Advice
		 * follows it: the chooser's ranking (src/chooser/recommend.ts) and the overview.
		 */
		smsVoiceViaCarrier: z.boolean().default(false),
		helpdesk: z.object({
			name: localized,
			email: z.email().optional(),
			phone: z.string().min(1).optional(),
			url: z.url().optional(),
			hours: localized.optional(),
		}),
		/**
		 * Whether the helpdesk issues a Temporary Access Pass to a student who lost every method
		 * (Microsoft Entra's time-limited pass that signs in so that new methods can be registered),
		 * and how a student asks for one: where to go, what to bring, how it is handed over. Without
		 * it, the chapter after enrolment says the helpdesk resets the registration instead
		 * ("Require re-register MFA"). Off by default: a tenant's policy must allow passes first.
		 */
		temporaryAccessPass: z
			.object({ issued: z.boolean(), howToAsk: localized.optional() })
			.strict()
			.refine((tap) => !tap.issued || tap.howToAsk !== undefined, {
				message: 'issued: true needs howToAsk, how a student asks for a pass (in every language of the site)',
				path: ['howToAsk'],
			})
			.default({ issued: false }),
		/**
		 * Notices shown on the overview and the SMS and call chapters. Each is on unless the
		 * config turns it off, so a university that copies an older config without the key
		 * still warns its readers. The object is strict: a misspelt key would otherwise be
		 * dropped silently and leave the notice on when the editor meant to turn it off.
		 */
		notices: z
			.object({
				/** Microsoft's retirement of its own SMS and voice delivery (1 February 2027). */
				smsVoiceRetirement: z.boolean().default(true),
			})
			.strict()
			// prefault, not default: the empty object goes through the schema, so the inner
			// defaults apply when `notices` is left out altogether.
			.prefault({}),
	})
	.strict();

export type InstitutionConfig = z.infer<typeof institutionSchema>;

/**
 * Validates a config and throws one readable error that names every bad field, so a
 * typo in the config stops the build with a message an editor can act on.
 */
export function parseInstitution(input: unknown): InstitutionConfig {
	const result = institutionSchema.safeParse(input);
	if (result.success) return result.data;
	const lines = result.error.issues.map((issue) => {
		const field = issue.path.length ? issue.path.join('.') : '(root)';
		return `  - ${field}: ${issue.message}`;
	});
	throw new Error(`Invalid institution config (src/config/institution.ts):\n${lines.join('\n')}`);
}
