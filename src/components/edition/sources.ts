import type { Method } from '../../methods';

/**
 * Where today's screens come from: the public pages the facts were gathered from
 * (../shared/facts/current-screens-2026.md, November 2026). A chapter of today's edition
 * lists the ones its screens rest on, so a reader (or a university checking its own
 * tenant) can see what we saw. The titles are the pages' own.
 */
export interface Source {
	title: string;
	href: string;
	/** The title's language, so that a screen reader reads it in its own voice on either language's page. */
	lang: 'ja' | 'en';
}

const learn = (lang: 'ja-jp' | 'en-us', path: string) => `https://learn.microsoft.com/${lang}/entra/identity/authentication/${path}`;

const SOURCES = {
	combined: {
		title: 'Combined security information registration for Microsoft Entra overview',
		href: learn('en-us', 'concept-registration-mfa-sspr-combined'),
		lang: 'en',
	},
	numberMatch: {
		title: 'How number matching works in multifactor authentication push notifications',
		href: learn('en-us', 'how-to-mfa-number-match'),
		lang: 'en',
	},
	context: {
		title: 'Use additional context in Microsoft Authenticator notifications',
		href: learn('en-us', 'how-to-mfa-additional-context'),
		lang: 'en',
	},
	report: {
		title: 'Configure Microsoft Entra multifactor authentication settings: Report suspicious activity',
		href: learn('en-us', 'howto-mfa-mfasettings#report-suspicious-activity'),
		lang: 'en',
	},
	retirement: {
		title: 'Passkeys by default and retirement of Microsoft-provided SMS and voice authentication',
		href: learn('en-us', 'concept-sms-voice-retirement'),
		lang: 'en',
	},
	session: {
		title: 'Optimize reauthentication prompts and understand session lifetime for Microsoft Entra multifactor authentication',
		href: learn('en-us', 'concepts-azure-multi-factor-authentication-prompts-session-lifetime'),
		lang: 'en',
	},
	jpSetup: {
		title: 'Microsoft Authenticator のセットアップ方法 (Japan Azure Identity Support Blog, 2023-09-15)',
		href: 'https://jpazureid.github.io/blog/azure-active-directory/authenticator-setup/',
		lang: 'ja',
	},
	passkeyAuthenticator: {
		title: 'Register passkeys in Authenticator on Android and iOS devices',
		href: learn('en-us', 'how-to-register-passkey-authenticator'),
		lang: 'en',
	},
	campaign: {
		title: 'How to run a registration campaign to set up Microsoft Authenticator',
		href: learn('en-us', 'how-to-mfa-registration-campaign'),
		lang: 'en',
	},
	utokyo: {
		title: '多要素認証 (MFA) の設定 (東京大学 utelecon)',
		href: 'https://utelecon.adm.u-tokyo.ac.jp/utokyo_account/mfa',
		lang: 'ja',
	},
} as const satisfies Record<string, Source>;

/** The sources of a method's screens in today's edition, most specific first. */
export const SOURCES_OF: Record<Method, readonly Source[]> = {
	sms: [SOURCES.combined, SOURCES.utokyo, SOURCES.retirement, SOURCES.session],
	call: [SOURCES.combined, SOURCES.utokyo, SOURCES.retirement, SOURCES.session],
	push: [SOURCES.numberMatch, SOURCES.context, SOURCES.report, SOURCES.jpSetup, SOURCES.combined, SOURCES.session],
	code: [SOURCES.combined, SOURCES.utokyo, SOURCES.jpSetup, SOURCES.session],
	passkey: [SOURCES.passkeyAuthenticator, SOURCES.retirement, SOURCES.campaign, SOURCES.session],
};
