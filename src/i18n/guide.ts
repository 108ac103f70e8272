import type { Lang } from '../steps';

// What to do at each step of the simulator, in one line; the chapter has the full text.
// Keys are step ids, optionally prefixed by a method ("code:setup-enter-code") where
// the methods differ.
const ja: Record<string, string> = {
	'setup-sign-in': 'PC で「サインイン」を押します。練習用のアカウントとパスワードは入力済みです。',
	'setup-more-info': 'PC で「次へ」を押します。',
	'setup-choose-app': '連絡方法で「モバイル アプリ」を選び、「セットアップ」を押します。',
	'setup-install-app': 'スマートフォンで「ストア」を開き、Microsoft Authenticator を「入手」して「開く」を押します。',
	'setup-app-first-launch': 'スマートフォンで「同意します」を押し、「QRコードをスキャンします」を押します。',
	'setup-scan-qr': 'スマートフォンのカメラを PC の QR コードに向け、「QR コードを読み取る」を押します。',
	'setup-account-added': 'スマートフォンのアプリにアカウントが追加されました。アカウントを押して開きます。',
	'setup-check-code': '6 桁のコードが表示されていれば、アプリとアカウントの連携はできています。次の手順へ進みます。',
	'setup-configure-next': 'PC の「モバイル アプリケーションの構成」画面で「次へ」を押します。',
	'setup-choose-notification': '「確認のため通知を受け取る」を選び、「次へ」を押します。',
	'setup-approve': 'スマートフォンに届いた通知を開き、「承認」を押します。',
	'setup-backup-phone': '予備の電話番号は入力してもしなくてもかまいません。「完了」を押します。',
	'signin-sign-in': 'もう一度サインインします。PC で「サインイン」を押します。',
	'signin-request-sent': 'スマートフォンに通知が届きます。必要なら PC で「今後 N 日間はこのメッセージを表示しない」にチェックを入れてから、通知を開きます。',
	'signin-approve': 'スマートフォンで「承認」を押します。自分がサインインしていないときは「拒否」です。',
	'signin-done': 'サインインできました。信頼した PC では、日数がたつまで確認を求められないことも試せます。',
};

const en: Record<string, string> = {
	'setup-sign-in': 'Press “Sign in” on the PC. The practice account and password are filled in.',
	'setup-more-info': 'Press “Next” on the PC.',
	'setup-choose-app': 'Choose “Mobile app” as the contact method and press “Set up”.',
	'setup-install-app': 'On the phone, open “Store”, “Get” Microsoft Authenticator, then press “Open”.',
	'setup-app-first-launch': 'On the phone, press “I agree”, then “Scan a QR code”.',
	'setup-scan-qr': 'Point the phone’s camera at the QR code on the PC and press “Read the QR code”.',
	'setup-account-added': 'Your account is now in the app. Tap it to open it.',
	'setup-check-code': 'If a six-digit code shows, the app and your account are linked. Go on to the next step.',
	'setup-configure-next': 'Press “Next” on the PC’s “Configure mobile app” page.',
	'setup-choose-notification': 'Choose “Receive notifications for verification” and press “Next”.',
	'setup-approve': 'Open the notification on the phone and press “Approve”.',
	'setup-backup-phone': 'A backup phone number is optional. Press “Done”.',
	'signin-sign-in': 'Sign in again: press “Sign in” on the PC.',
	'signin-request-sent': 'A notification arrives on the phone. Tick “Don’t ask again for N days” on the PC if you like, then open the notification.',
	'signin-approve': 'Press “Approve” on the phone. If you are not the one signing in, press “Deny”.',
	'signin-done': 'You are signed in. You can also try how a trusted PC is not asked again until the days run out.',
};

const GUIDE: Record<Lang, Record<string, string>> = { ja, en };

export function guideFor(lang: Lang, method: string, step: string): string {
	return GUIDE[lang][`${method}:${step}`] ?? GUIDE[lang][step] ?? '';
}
export const GUIDE_KEYS = { ja: Object.keys(ja), en: Object.keys(en) };
