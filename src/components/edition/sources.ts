import type { Method } from '../../methods';

/**
 * Where today's screens come from: the public pages the facts were gathered from
 * (../shared/facts/current-screens-2026.md, November 2026). A chapter of today's edition
 * lists the ones its screens rest on, so a reader (or a university checking its own
 * tenant) can see what we saw. The titles are the pages' own; a third party's page whose title was not
 * recorded is named by its site and subject.
 */
export interface Source {
	title: string;
	href: string;
	/** The title's language, so that a screen reader reads it in its own voice on either language's page. */
	lang: 'ja' | 'en';
	/** Not Microsoft's own page (a university's or a writer's guide): it counts, and the reader is told so. */
	thirdParty?: true;
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
	// Each of these is cited by the key in brackets beside the labels of today.ja.ts.
	// [ED-KMSI]: "Stay signed in?" is not shown for a risky or shared-device sign-in; its "Don't show this again".
	staySignedIn: {
		title: 'Manage the ‘Stay signed in?’ prompt',
		href: 'https://learn.microsoft.com/en-us/entra/fundamentals/how-to-manage-stay-signed-in-prompt',
		lang: 'en',
	},
	// Microsoft's own Japanese name for number matching (数値の一致), and the date 2023-05-08.
	numberMatchJa: {
		title: '多要素認証 (MFA) 通知で数値の一致を使用する方法',
		href: 'https://learn.microsoft.com/ja-jp/azure/active-directory/authentication/how-to-mfa-number-match',
		lang: 'ja',
	},
	// [SUP-SIGNIN-JA]: 「[その他の方法] を選択してサインイン し、[Microsoft Authenticator アプリで要求を承認する] を選択します」.
	signInJa: {
		title: 'Microsoft Authenticator を使用してサインインする (Microsoft サポート)',
		href:
			'https://support.microsoft.com/ja-jp/account-billing/microsoft-authenticator-' +
			'%E3%82%92%E4%BD%BF%E7%94%A8%E3%81%97%E3%81%A6%E3%82%B5%E3%82%A4%E3%83%B3%E3%82%A4%E3%83%B3%E3%81%99%E3%82%8B' +
			'-582bdc07-4566-4c97-a7aa-56058122714c',
		lang: 'ja',
	},
	// [ED-PK-SIGNIN]: on an iPhone only the system camera reads the passkey's QR code; on Android, the camera or
	// the scan button under "Passkey details" in Authenticator; Windows 11 asks for "iPhone, iPad, or Android device".
	passkeySignIn: {
		title: 'Sign in with passkeys in Authenticator for Android and iOS devices',
		href: learn('en-us', 'how-to-sign-in-passkey-authenticator'),
		lang: 'en',
	},
	// [ED-PK-CROSS]: "Bluetooth and an internet connection are required … on both devices".
	passkeyCrossDevice: {
		title: 'Sign in with a synced passkey (FIDO2)',
		href: learn('en-us', 'how-to-sign-in-passkey'),
		lang: 'en',
	},
	// [3P-AISCH] (2026-01-19): the Windows dialog's Japanese 「iPhone、iPad、またはAndroidデバイス」, then 「次へ」.
	passkeyWindowsJa: {
		title: 'パスキー登録方法 (manual.ai-sch.com, 2026-01-19)',
		href: 'https://manual.ai-sch.com/passkey_registration',
		lang: 'ja',
		thirdParty: true,
	},
	// [LRN-WIN-PASSKEYS]: Windows' dialog offers "iPhone, iPad or Android device" and "Security key", then Next; a phone
	// as passkey needs Bluetooth on both devices; Entra ID's passkeys are for login.microsoft.com.
	windowsPasskeys: {
		title: 'Support for passkeys in Windows',
		href: 'https://learn.microsoft.com/en-us/windows/security/identity-protection/passkeys',
		lang: 'en',
	},
	// [3P-AUTHCHOOSER]: the English of Windows 11's prompt as a tool that reads it quotes it: "Windows Security", "Sign in
	// with your passkey", "To sign in to “domain”, choose a device with a saved passkey", the phone chosen by default,
	// and shown even with Bluetooth off.
	authenticatorChooser: {
		title: 'AuthenticatorChooser (README, GitHub)',
		href: 'https://github.com/Aldaviva/AuthenticatorChooser',
		lang: 'en',
		thirdParty: true,
	},
	// [3P-APPMATCH]: iOS 18's 「設定」>「一般」>「自動入力とパスワード」>「パスワードとパスキーを自動入力」.
	iosAutofillJa: {
		title: 'appmatch.jp: iPhone のパスワード自動入力の設定',
		href: 'https://appmatch.jp/2697-2',
		lang: 'ja',
		thirdParty: true,
	},
	// [3P-HIROSAKI]: the list of methods is headed 「IDを確認する」 (a student changing phones).
	hirosaki: {
		title: '弘前大学 情報基盤センター FAQ: 機種変更したとき (Microsoft Authenticator)',
		href: 'https://itc.hirosaki-u.ac.jp/blog/ufaq/34995',
		lang: 'ja',
		thirdParty: true,
	},
	// [3P-OTEMON]: Authenticator's 「いいえ、私はしていません」, then 「報告」 or 「無視」.
	otemon: {
		title: '多要素認証の注意事項 (追手門学院)',
		href: 'https://www.ccile.otemon.ac.jp/basic/mfa/notes/',
		lang: 'ja',
		thirdParty: true,
	},
	// [3P-AWAISORA]: quotes the PC's 「Authenticatorアプリを開き、表示されている番号を入力してサインインします」.
	awaisora: {
		title: 'programming.awaisora.com: Office 365 のサインインで Authenticator が反応しないとき',
		href: 'https://programming.awaisora.com/c23348f4-809a-4871-95e7-c772e5f05e06/',
		lang: 'ja',
		thirdParty: true,
	},
	// [3P-EDUHK]: the English "Approve a request on my Microsoft Authenticator app".
	eduhk: {
		title: 'EdUHK OCIO: How can I verify my identity for MFA (M365)?',
		href: 'https://eduhk.hk/ocio/content/faq-how-can-i-verify-my-identity-mfa-m365',
		lang: 'en',
		thirdParty: true,
	},
} as const satisfies Record<string, Source>;

/** The sources of a method's screens in today's edition, most specific first. */
export const SOURCES_OF: Record<Method, readonly Source[]> = {
	sms: [SOURCES.combined, SOURCES.utokyo, SOURCES.retirement, SOURCES.session, SOURCES.staySignedIn],
	// The report: 0# on a call reports the sign-in ("report suspicious activity" since 1 March 2025).
	call: [SOURCES.combined, SOURCES.utokyo, SOURCES.report, SOURCES.retirement, SOURCES.session, SOURCES.staySignedIn],
	push: [
		SOURCES.numberMatch,
		SOURCES.numberMatchJa,
		SOURCES.context,
		SOURCES.report,
		SOURCES.jpSetup,
		SOURCES.signInJa,
		SOURCES.combined,
		SOURCES.session,
		SOURCES.staySignedIn,
		SOURCES.otemon,
		SOURCES.hirosaki,
		SOURCES.awaisora,
		SOURCES.eduhk,
	],
	code: [SOURCES.combined, SOURCES.utokyo, SOURCES.jpSetup, SOURCES.signInJa, SOURCES.session, SOURCES.staySignedIn, SOURCES.hirosaki],
	passkey: [
		SOURCES.passkeyAuthenticator,
		SOURCES.passkeySignIn,
		SOURCES.passkeyCrossDevice,
		SOURCES.retirement,
		SOURCES.campaign,
		SOURCES.session,
		SOURCES.windowsPasskeys,
		SOURCES.passkeyWindowsJa,
		SOURCES.authenticatorChooser,
		SOURCES.iosAutofillJa,
	],
};
