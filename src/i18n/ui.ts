import type { Lang, Phase } from '../steps';
import type { Method } from '../config/schema';

// Flat maps with the same keys in both languages; the `satisfies` on `en` makes a key
// missing from either language a type error rather than a blank on the page.
const ja = {
	'phase.setup': '初回登録',
	'phase.signin': '次回以降の認証',
	'step.label': '手順',
	'step.copyLink': 'リンクをコピー',
	'step.copied': 'リンクをコピーしました',
	'step.copyFailed': 'コピーできませんでした。このリンクを長押しまたは右クリックしてコピーしてください',
	'step.permalink': 'この手順へのリンク',
	'method.sms': 'SMS（テキストメッセージ）',
	'method.call': '電話の着信',
	'method.push': 'アプリで承認（Microsoft Authenticator）',
	'method.code': 'アプリのコード（Microsoft Authenticator）',
	'method.short.sms': 'SMS',
	'method.short.call': '電話',
	'method.short.push': 'アプリで承認',
	'method.short.code': 'アプリのコード',
	'method.notOffered': 'この方法は現在提供されていません。',
	'notice.retirement.title': 'SMS と電話による認証の変更予定',
	'notice.retirement.body':
		'Microsoft は、2027 年 2 月 1 日から SMS と音声通話による確認コードの送信を自社では行わなくなり、パスキーを標準の認証方法にすると発表しています。大学などの組織は通信事業者を通じて SMS と電話を使い続けることもできます。実際にどの方法が使えるかは、所属する組織の案内に従ってください。',
	'notice.retirement.source': '出典: Microsoft Learn「Passkeys by default and retirement of Microsoft-provided SMS and voice authentication」',
	'helpdesk.title': '困ったときの連絡先',
	'helpdesk.email': 'メール',
	'helpdesk.phone': '電話',
	'helpdesk.hours': '受付時間',
	'helpdesk.web': 'ウェブサイト',
	'advice.sms.lead': 'ふだんは {n} の SMS がおすすめです。',
	'advice.sms.rest': '携帯電話に届いたコードを入力するだけです。',
	'advice.call.lead': '{n} の電話の着信',
	'advice.call.rest': 'は、音声の着信を受ける必要があるため、授業中や図書館など場面によっては使いにくいことがあります。',
	'advice.app.lead.one': '{n} のアプリ',
	'advice.app.lead.other': '{n} のアプリ',
	'advice.app.rest': 'は常駐アプリになるため、スマートフォンのバッテリーを消費します。',
	'advice.abroad.lead': '海外にいるとき',
	'advice.abroad.rest': 'は、携帯電話のローミング中に{what}を受けると着信料がかかります。',
	'advice.abroad.what.both': ' SMS や音声の着信',
	'advice.abroad.what.sms': ' SMS',
	'advice.abroad.what.call': '音声の着信',
	'advice.abroad.app': '海外では {n} のアプリを使ってください。',
	'advice.abroad.noApp': '海外でサインインする予定があるときは、出発する前に窓口に相談してください。',
	'advice.choose.before': '迷ったときは「',
	'advice.choose.link': '認証方法を選ぶ',
	'advice.choose.after': '」で、いくつかの質問に答えると、合う方法がわかります。',
	'practice.title': '本番の前に練習する',
	'practice.simulator': 'PC とスマートフォンの画面を再現したシミュレーターで、登録からサインインまでを試せます。本物のアカウントには何も登録されません。',
	'practice.pairing': '自分のスマートフォンの認証アプリで練習用の QR コードを読み取り、表示される 6 桁のコードを入力してみます。',
} as const;

type Key = keyof typeof ja;

const en = {
	'phase.setup': 'First-time registration',
	'phase.signin': 'Next sign-ins',
	'step.label': 'Step',
	'step.copyLink': 'Copy link',
	'step.copied': 'Link copied',
	'step.copyFailed': 'Could not copy. Long-press or right-click this link to copy it',
	'step.permalink': 'Link to this step',
	'method.sms': 'Text message (SMS)',
	'method.call': 'Phone call',
	'method.push': 'Approve in the app (Microsoft Authenticator)',
	'method.code': 'Code from the app (Microsoft Authenticator)',
	'method.short.sms': 'SMS',
	'method.short.call': 'Phone call',
	'method.short.push': 'App approval',
	'method.short.code': 'App code',
	'method.notOffered': 'This method is not offered at the moment.',
	'notice.retirement.title': 'Upcoming change to SMS and phone-call verification',
	'notice.retirement.body':
		'Microsoft has announced that from 1 February 2027 it will no longer deliver SMS and voice-call verification itself, and that passkeys become the default sign-in method. An institution can keep SMS and calls through a telecom provider, so follow your institution’s instructions on which methods you can use.',
	'notice.retirement.source': 'Source: Microsoft Learn, “Passkeys by default and retirement of Microsoft-provided SMS and voice authentication”',
	'helpdesk.title': 'Need help?',
	'helpdesk.email': 'Email',
	'helpdesk.phone': 'Phone',
	'helpdesk.hours': 'Hours',
	'helpdesk.web': 'Website',
	'advice.sms.lead': 'For everyday use, we recommend {n}, text message (SMS).',
	'advice.sms.rest': ' You just type the code sent to your mobile phone.',
	'advice.call.lead': '{n}, phone call,',
	'advice.call.rest': ' means you must answer a voice call. This can be awkward in some places, such as in class or in the library.',
	'advice.app.lead.one': '{n} uses the app',
	'advice.app.lead.other': '{n} use the app',
	'advice.app.rest': ', which keeps running in the background on your smartphone, so it uses some battery.',
	'advice.abroad.lead': 'When you are abroad',
	'advice.abroad.rest': ', receiving {what} while roaming can cost you money.',
	'advice.abroad.what.both': 'a text message or a call',
	'advice.abroad.what.sms': 'a text message',
	'advice.abroad.what.call': 'a call',
	'advice.abroad.app': 'Use the app ({n}) when you are outside Japan.',
	'advice.abroad.noApp': 'If you will need to sign in from abroad, talk to the helpdesk before you leave.',
	'advice.choose.before': 'Not sure? ',
	'advice.choose.link': 'Choose a method',
	'advice.choose.after': ' asks you a few questions and suggests the method that suits you.',
	'practice.title': 'Practise before the real thing',
	'practice.simulator': 'A simulator of the PC and phone screens lets you try every step, from registration to signing in. Nothing is registered to any real account.',
	'practice.pairing': 'Scan a practice QR code with the authenticator app on your own phone and type the six-digit code it shows.',
} as const satisfies Record<Key, string>;

export const UI: Record<Lang, Record<Key, string>> = { ja, en };
export type UiKey = Key;

export function ui(lang: Lang, key: Key): string {
	return UI[lang][key];
}

export const phaseKey = (phase: Phase) => `phase.${phase}` as const;
export const methodKey = (method: Method) => `method.${method}` as const;
export const methodShortKey = (method: Method) => `method.short.${method}` as const;

/** Starlight's locale for a page is its first path segment, or root (Japanese). */
export function langOf(locale: string | undefined): Lang {
	return locale === 'en' ? 'en' : 'ja';
}

export const RETIREMENT_SOURCE: Record<Lang, string> = {
	ja: 'https://learn.microsoft.com/ja-jp/entra/identity/authentication/concept-sms-voice-retirement',
	en: 'https://learn.microsoft.com/en-us/entra/identity/authentication/concept-sms-voice-retirement',
};
