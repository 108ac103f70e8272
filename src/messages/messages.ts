import type { Edition, Method } from '../methods';
import type { StepId } from '../step-ids';
import type { MessageSourceKey } from './sources';

/**
 * The sign-in errors and notices students meet, for the message lookup (/messages/): what
 * Microsoft's screen or documentation says, each quote in the language it was seen in with its
 * source (../shared/facts/after-enrolment-2026.md §4), and where the guide helps. Their names,
 * meanings and advice are the dictionaries' (`message.<id>.*` in src/i18n/lookup.*.ts).
 *
 * An id is public: it is the entry's anchor (/messages/#aadsts50076), which the helpdesk sends
 * and the language switch keeps, so it is never reused for another message.
 */

/** Where a quote's words come from. */
export type Provenance =
	/** Quoted from this source. */
	| { source: MessageSourceKey }
	/** Microsoft's documentation translates the message so: whether the screen says the same is not confirmed. */
	| { source: MessageSourceKey; gloss: true }
	/** No source found: the real screen's words may differ (the practice shows these where it shows the message). */
	| 'UNVERIFIED';

export interface Quote {
	lang: 'ja' | 'en';
	text: string;
	from: Provenance;
}

export interface Message {
	id: string;
	/** The error code as a student reads it off the screen ("AADSTS50076", "500121"). */
	code?: string;
	/** What the screen shows ('screen') or what Microsoft's documentation says of the code ('code'). */
	kind: 'code' | 'screen';
	quotes: readonly Quote[];
	/** The troubleshooting answer (an id of src/components/helpdesk/topics.ts), shown when the institution has it. */
	topic?: string;
	/** The guide's steps where this happens, as StepLinks takes them; those of methods not offered are left out. */
	steps?: readonly `${Method}#${StepId}`[];
	/** The practice step at which the simulator shows this message (after the student's wrong or late answer). */
	practice?: { method: Method; step: StepId; edition: Edition };
}

const learnCodes = { source: 'LRN-ERRCODES' } as const;
// The sign-in steps of every method that asks for a second factor: where a failed or missing verification shows.
const verifying = ['push#signin-approve', 'code#signin-enter-code', 'sms#signin-enter-code', 'call#signin-answer-call'] as const;
const registering = ['push#setup-more-info', 'code#setup-more-info', 'sms#setup-more-info', 'call#setup-more-info'] as const;

export const MESSAGES: readonly Message[] = [
	// Screens a student reads (the sign-in page and the app), most often met first.
	{
		id: 'request-denied',
		kind: 'screen',
		code: '500121',
		quotes: [
			// [3P-WELKA]: after the app's "report", the sign-in page said "Request denied" with error code 500121.
			{ lang: 'en', text: 'Request denied', from: { source: '3P-WELKA' } },
			{ lang: 'ja', text: '要求が拒否されました', from: 'UNVERIFIED' },
		],
		topic: 'unexpected-request',
		practice: { method: 'push', step: 'signin-approve', edition: 'today' },
	},
	{
		id: 'no-response',
		kind: 'screen',
		// Not found in any retrieved source, in English or Japanese (facts §4, "Not found").
		quotes: [
			{ lang: 'en', text: 'We didn’t hear from you', from: 'UNVERIFIED' },
			{ lang: 'ja', text: '要求に応答がありませんでした', from: 'UNVERIFIED' },
		],
		topic: 'no-notification',
		practice: { method: 'push', step: 'signin-approve', edition: 'today' },
	},
	{
		id: 'number-mismatch',
		kind: 'screen',
		quotes: [
			{ lang: 'en', text: 'The numbers didn’t match', from: 'UNVERIFIED' },
			{ lang: 'ja', text: '番号が一致しませんでした', from: 'UNVERIFIED' },
		],
		topic: 'number',
		practice: { method: 'push', step: 'signin-approve', edition: 'today' },
	},
	{
		id: 'no-numbers',
		kind: 'screen',
		quotes: [
			// The PC's line under the number (src/i18n/today.en.ts, pc.today.approve.noNumbers: a third party's capture).
			{ lang: 'en', text: 'No numbers in your app? Make sure to upgrade to the latest version.', from: 'UNVERIFIED' },
			{ lang: 'ja', text: 'アプリに番号が表示されない場合は、最新バージョンに更新してください。', from: 'UNVERIFIED' },
		],
		topic: 'number',
		practice: { method: 'push', step: 'signin-request-sent', edition: 'today' },
	},
	{
		id: 'call-limit',
		kind: 'screen',
		quotes: [
			{ lang: 'en', text: 'You’ve hit our limit on verification calls', from: { source: 'LRN-PHONE' } },
			{ lang: 'ja', text: '確認呼び出しの上限に達しました', from: { source: 'LRN-PHONE-JA-2021', gloss: true } },
		],
		topic: 'no-sms-or-call',
		steps: ['call#signin-answer-call'],
	},
	{
		id: 'text-limit',
		kind: 'screen',
		quotes: [
			{ lang: 'en', text: 'You’ve hit our limit on text verification codes', from: { source: 'LRN-PHONE' } },
			{ lang: 'ja', text: 'テキスト確認コードの上限に達しました', from: { source: 'LRN-PHONE-JA-2021', gloss: true } },
		],
		topic: 'no-sms-or-call',
		steps: ['sms#signin-enter-code'],
	},
	{
		id: 'trouble-verifying',
		kind: 'screen',
		quotes: [
			{ lang: 'en', text: 'Sorry, we’re having trouble verifying your account', from: { source: 'LRN-PHONE' } },
			{ lang: 'ja', text: '申し訳ありませんが、アカウントの確認に問題が生じています', from: { source: 'LRN-PHONE-JA-2021', gloss: true } },
		],
		topic: 'other-method',
		steps: ['sms#signin-enter-code', 'call#signin-answer-call'],
	},
	{
		id: 'sign-in-blocked',
		kind: 'screen',
		// Not found in any retrieved source, in English or Japanese (facts §4, "Not found"). The practice's
		// block is the manual's (a fraud report by 0# blocked the account until the helpdesk unblocked it).
		quotes: [
			{ lang: 'en', text: 'Your sign-in was blocked', from: 'UNVERIFIED' },
			{ lang: 'ja', text: 'サインインがブロックされました', from: 'UNVERIFIED' },
		],
		topic: 'unexpected-request',
		practice: { method: 'call', step: 'signin-answer-call', edition: 'manual' },
	},
	{
		id: 'more-info-required',
		kind: 'screen',
		quotes: [
			{ lang: 'en', text: 'More information required', from: { source: '3P-FORSYTH' } },
			{ lang: 'ja', text: '詳細情報が必要', from: { source: '3P-MIE' } },
		],
		steps: registering,
		practice: { method: 'sms', step: 'setup-more-info', edition: 'manual' },
	},
	// Error codes: Microsoft documents them for developers and administrators, in English only; no
	// Microsoft source gives them in Japanese (facts §4). Each quote is Learn's description.
	{
		id: 'aadsts50074',
		kind: 'code',
		code: 'AADSTS50074',
		quotes: [{ lang: 'en', text: 'Strong authentication is required and the user did not pass the MFA challenge.', from: learnCodes }],
		topic: 'other-method',
		steps: verifying,
	},
	{
		id: 'aadsts50076',
		kind: 'code',
		code: 'AADSTS50076',
		quotes: [
			{
				lang: 'en',
				text:
					'Due to a configuration change made by the admin such as a Conditional Access policy, per-user enforcement, or because ' +
					'you moved to a new location, the user must use multifactor authentication to access the resource.',
				from: learnCodes,
			},
		],
		topic: 'other-method',
		steps: verifying,
	},
	{
		id: 'aadsts50079',
		kind: 'code',
		code: 'AADSTS50079',
		quotes: [
			{
				lang: 'en',
				text:
					'Either a managed user needs to register security info to complete multifactor authentication, or a federated user ' +
					'needs to get the multifactor claim from the federated identity provider.',
				from: learnCodes,
			},
		],
		steps: registering,
	},
	{
		id: 'aadsts50088',
		kind: 'code',
		code: 'AADSTS50088',
		quotes: [{ lang: 'en', text: 'Limit on telecom MFA calls reached. Please try again in a few minutes.', from: learnCodes }],
		topic: 'no-sms-or-call',
		steps: ['call#signin-answer-call', 'sms#signin-enter-code'],
	},
	{
		id: 'aadsts50125',
		kind: 'code',
		code: 'AADSTS50125',
		quotes: [{ lang: 'en', text: 'Sign-in was interrupted because of a password reset or password registration entry.', from: learnCodes }],
		steps: registering,
	},
	{
		id: 'aadsts50158',
		kind: 'code',
		code: 'AADSTS50158',
		quotes: [
			{
				lang: 'en',
				text:
					'External security challenge not satisfied. User will be redirected to another page or authentication provider … ' +
					'This code alone doesn’t indicate a failure on your users’ part to sign in.',
				from: learnCodes,
			},
		],
	},
	{
		id: 'aadsts53003',
		kind: 'code',
		code: 'AADSTS53003',
		quotes: [
			{
				lang: 'en',
				text:
					'Access has been blocked by Conditional Access policies. The access policy does not allow token issuance. If this is ' +
					'unexpected, see the Conditional Access policy that applied to this request or contact your administrator.',
				from: learnCodes,
			},
			// A vendor's support page: the screen's heading when 53003 is shown, in Japanese.
			{ lang: 'ja', text: '現時点ではこれにアクセスできません', from: { source: '3P-TELDEVICE' } },
		],
	},
	{
		id: 'aadsts53004',
		kind: 'code',
		code: 'AADSTS53004',
		quotes: [
			{
				lang: 'en',
				text: 'User needs to complete the multifactor authentication registration process before accessing this content.',
				from: learnCodes,
			},
		],
	},
	{
		id: 'error-500121',
		kind: 'code',
		code: '500121',
		// Not in Learn's table of codes; the sign-in log's text for it.
		quotes: [{ lang: 'en', text: 'Authentication failed during strong authentication request.', from: { source: 'LRN-SECOPS' } }],
		topic: 'unexpected-request',
		steps: verifying,
	},
];
