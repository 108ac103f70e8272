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
