import { parseInstitution } from './schema';

/**
 * The one file another university edits. Every chapter reads these values; nothing in
 * the content hard-codes them. The build fails with a message naming the field when a
 * value is wrong.
 */
export const institution = parseInstitution({
	name: { ja: 'サンプル大学', en: 'Sample University' },
	exampleAccount: 's1234567@example.ac.jp',
	rememberDays: 14,
	methods: ['sms', 'call', 'push', 'code', 'passkey'],
	// The university's own guide to SMS (the manual's 二要素認証案内サイト), linked from the SMS
	// chapters; null when there is none.
	smsGuideUrl: null,
	// Whether the university keeps SMS and voice codes after Microsoft stops sending them on
	// 1 February 2027 (through a telecom provider of its own). False: the advice puts a passkey
	// or the app first for a student with a smartphone.
	smsVoiceViaCarrier: false,
	helpdesk: {
		name: { ja: '情報基盤センター ヘルプデスク', en: 'IT Center Helpdesk' },
		email: 'helpdesk@example.ac.jp',
		phone: '000-000-0000',
		hours: { ja: '平日 9:00〜17:00', en: 'Weekdays 9:00–17:00' },
	},
	// Whether the helpdesk gives a student who lost their phone a Temporary Access Pass, and how to ask.
	temporaryAccessPass: {
		issued: true,
		howToAsk: {
			ja: '学生証を持って窓口に来てください。本人であることを確かめてから、その場でパスを渡します（電話やメールではお伝えしません）。',
			en:
				'Come to the counter with your student ID card. Once we have checked who you are, ' +
				'we give you the pass there (never by phone or email).',
		},
	},
	notices: {
		smsVoiceRetirement: true,
	},
});
