import type { Source } from '../edition/sources';

/**
 * The public pages the chapter after enrolment rests on (../shared/facts/after-enrolment-2026.md,
 * December 2026), cited by their keys beside the labels of src/i18n/manage.ja.ts.
 */
const learn = (path: string) => `https://learn.microsoft.com/en-us/entra/identity/authentication/${path}`;

export const MANAGE_SOURCES: readonly Source[] = [
	// [LRN-COMBINED]: what the page lists and changes, the limits per method, MFA again after 10 minutes (5 for a passkey).
	{
		title: 'Combined security information registration for Microsoft Entra overview',
		href: learn('concept-registration-mfa-sspr-combined'),
		lang: 'en',
	},
	// [LRN-AUTH-TRANSFER]: a new phone, backup and restore, "Add sign-in method".
	{ title: 'Transfer Microsoft Authenticator to a new phone', href: learn('how-to-transfer-authenticator-new-phone'), lang: 'en' },
	// [LRN-TAP]: the Temporary Access Pass, its lifetimes and one-time use, the banner when no method is left.
	{
		title: 'Configure a Temporary Access Pass in Microsoft Entra ID to register passwordless authentication methods',
		href: learn('howto-authentication-temporary-access-pass'),
		lang: 'en',
	},
	// [LRN-TAP-JA]: the pass's Japanese name, 一時アクセス パス.
	{
		title: '一時アクセス パスを構成してパスワードレスの認証方法を登録する',
		href: 'https://learn.microsoft.com/ja-jp/entra/identity/authentication/howto-authentication-temporary-access-pass',
		lang: 'ja',
	},
	// [LRN-MFA-USERSETTINGS]: "Require re-register MFA", "Revoke sessions", changing a phone number.
	{
		title: 'Manage authentication methods for Microsoft Entra multifactor authentication',
		href: learn('howto-mfa-userdevicesettings'),
		lang: 'en',
	},
	// [LRN-PASSKEY-AUTH-REG]: "+ Add sign-in method", "Passkey in Microsoft Authenticator".
	{
		title: 'Register passkeys in Authenticator on Android and iOS devices',
		href: learn('how-to-register-passkey-authenticator'),
		lang: 'en',
	},
	// [LRN-GRAPH-PHONEDEL]: the default phone cannot be deleted through Microsoft Graph.
	{
		title: 'Delete phoneAuthenticationMethod (Microsoft Graph)',
		href: 'https://learn.microsoft.com/graph/api/phoneauthenticationmethod-delete',
		lang: 'en',
	},
	// [SUP-2SV-CHANGE-JA]: 「セキュリティ情報」.
	{
		title: '2 段階認証の方法と設定を変更する (Microsoft サポート)',
		href:
			'https://eus.prod.support.services.microsoft.com/ja-jp/account-billing/' +
			'2-%E6%AE%B5%E9%9A%8E%E8%AA%8D%E8%A8%BC%E3%81%AE%E6%96%B9%E6%B3%95%E3%81%A8' +
			'%E8%A8%AD%E5%AE%9A%E3%82%92%E5%A4%89%E6%9B%B4%E3%81%99%E3%82%8B-c801d5ad-e0fc-4711-94d5-33ad5d4630f7',
		lang: 'ja',
	},
	// [3P-GODADDY-EN] / [3P-GODADDY-JA]: "Default sign-in method", "Change", "Confirm", "Delete", "Ok".
	{
		title: 'GoDaddy: Change or delete my multi-factor authentication method',
		href: 'https://www.godaddy.com/en-ph/help/change-or-delete-my-multi-factor-authentication-method-32198',
		lang: 'en',
		thirdParty: true,
	},
	// [3P-HIROSAKI]: 「Microsoft Authenticator」の欄, 「削除」, 「認証アプリの削除」.
	{
		title: '弘前大学 情報基盤センター FAQ: 機種変更したとき (Microsoft Authenticator)',
		href: 'https://itc.hirosaki-u.ac.jp/blog/ufaq/34995',
		lang: 'ja',
		thirdParty: true,
	},
	// [3P-CAROLINAU]: "Add a method", "Authenticator app", "Add" (a copy of Microsoft's support article).
	{
		title: 'Carolina University: Setting up and using Microsoft Authenticator app for MFA',
		href: 'https://support.carolinau.edu/support/solutions/articles/44002513989-setting-using-microsoft-authenticator-app-for-mfa',
		lang: 'en',
		thirdParty: true,
	},
];
