/**
 * The pages the message lookup quotes, by the keys of ../shared/facts/after-enrolment-2026.md
 * (§4 "Sign-in errors related to MFA" and its source list). The titles are the pages' own; a
 * third party's page (a university's, a vendor's or a writer's) says so on the page.
 */
export type MessageSourceKey =
	| 'LRN-ERRCODES'
	| 'LRN-SECOPS'
	| 'LRN-PHONE'
	| 'LRN-PHONE-JA-2021'
	| '3P-WELKA'
	| '3P-TELDEVICE'
	| '3P-FORSYTH'
	| '3P-MIE';

export interface MessageSource {
	title: string;
	href: string;
	/** The title's language, so that a screen reader reads it in its own voice on either language's page. */
	lang: 'ja' | 'en';
	thirdParty?: true;
}

export const MESSAGE_SOURCES: Readonly<Record<MessageSourceKey, MessageSource>> = {
	'LRN-ERRCODES': {
		title: 'Microsoft Entra authentication & authorization error codes',
		href: 'https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes',
		lang: 'en',
	},
	'LRN-SECOPS': {
		title: 'Security operations for user accounts',
		href: 'https://learn.microsoft.com/en-us/entra/architecture/security-operations-user-accounts',
		lang: 'en',
	},
	'LRN-PHONE': {
		title: 'Voice call authentication method',
		href: 'https://learn.microsoft.com/en-us/entra/identity/authentication/concept-authentication-phone-options',
		lang: 'en',
	},
	// The Japanese edition of the same page as it read in 2021 (the facts read it from a copy of
	// Microsoft's localized docs): the Japanese in it is the translator's, not the screen's.
	'LRN-PHONE-JA-2021': {
		title: '電話の認証方法 - Azure Active Directory（2021 年版）',
		href: 'https://learn.microsoft.com/ja-jp/entra/identity/authentication/concept-authentication-phone-options',
		lang: 'ja',
	},
	'3P-WELKA': {
		title: 'Dealing with sign-in error code 500121: Authentication failed during strong authentication request',
		href:
			'https://www.welkasworld.com/post/' +
			'dealing-with-sign-in-error-code-500121-authentication-failed-during-strong-authentication-request',
		lang: 'en',
		thirdParty: true,
	},
	'3P-TELDEVICE': {
		title: '「現時点ではこれにアクセスできません」のメッセージが表示された場合（東京エレクトロン デバイス）',
		href: 'https://cptechweb.teldevice.co.jp/hc/ja/articles/28578403903897',
		lang: 'ja',
		thirdParty: true,
	},
	'3P-FORSYTH': {
		title: 'More Information Required: setup your authentication options (Forsyth Tech)',
		href: 'https://its.forsythtech.edu/support/solutions/articles/10000007744--more-information-required-setup-your-authentication-options',
		lang: 'en',
		thirdParty: true,
	},
	'3P-MIE': {
		title: 'Office 365 の二要素認証（三重大学 情報基盤センター）',
		href: 'https://www.cc.mie-u.ac.jp/cc/o365_niyouso.html',
		lang: 'ja',
		thirdParty: true,
	},
};
