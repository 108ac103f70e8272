import type { Lang } from '../steps';

// What to do at each step of the simulator, in one line; the chapter has the full text.
// Keys are step ids, optionally prefixed by a method ("code:setup-enter-code") where
// the methods differ. {days} and {number} are filled in by the practice page.
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
	'signin-request-sent': 'スマートフォンに通知が届きます。必要なら PC で「今後 {days} 日間はこのメッセージを表示しない」にチェックを入れてから、通知を開きます。',
	'signin-approve': 'スマートフォンで「承認」を押します。自分がサインインしていないときは「拒否」です。',
	'signin-done': 'サインインできました。信頼した PC では、日数がたつまで確認を求められないことも試せます。',
	'code:setup-choose-code': '「確認コードを使用する」を選び、「次へ」を押します。',
	'code:setup-enter-code': 'スマートフォンのアプリに表示されている 6 桁のコードを PC に入力し、「確認」を押します。コードは 30 秒ごとに変わります。',
	'code:signin-enter-code': 'スマートフォンのアプリに表示されている 6 桁のコードを入力し、「確認」を押します。必要なら「今後 {days} 日間はこのメッセージを表示しない」にチェックを入れます。',
	'sms:setup-phone-number': '「認証用電話」のまま、国/地域は「日本 (+81)」、電話番号は練習用スマートフォンの番号 {number} を入力します。方法で「コードを SMS で送信する」を選び、「次へ」を押します。',
	'sms:setup-enter-code': 'スマートフォンに届いた SMS を開き、6 桁のコードを PC に入力して「確認」を押します。',
	'sms:signin-enter-code': 'スマートフォンに届いた新しい SMS のコードを入力し、「確認」を押します。必要なら「今後 {days} 日間はこのメッセージを表示しない」にチェックを入れます。',
	'setup-done': '「確認に成功しました」と表示されたら、「完了」を押します。',
	'call:setup-phone-number': '「認証用電話」のまま、国/地域は「日本 (+81)」、電話番号は練習用スマートフォンの番号 {number} を入力します。方法で「電話する」を選び、「次へ」を押します。',
	'call:setup-answer-call': 'スマートフォンに電話がかかってきます。「応答」を押し、キーパッドの # を押します。',
	'call:signin-answer-call': 'スマートフォンに電話がかかってきます。必要なら PC で「今後 {days} 日間はこのメッセージを表示しない」にチェックを入れてから、「応答」を押して # を押します。',
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
	'signin-request-sent': 'A notification arrives on the phone. Tick “Don’t ask again for {days} days” on the PC if you like, then open the notification.',
	'signin-approve': 'Press “Approve” on the phone. If you are not the one signing in, press “Deny”.',
	'signin-done': 'You are signed in. You can also try how a trusted PC is not asked again until the days run out.',
	'code:setup-choose-code': 'Choose “Use verification code” and press “Next”.',
	'code:setup-enter-code': 'Type the six-digit code shown in the phone’s app on the PC and press “Verify”. The code changes every 30 seconds.',
	'code:signin-enter-code': 'Type the six-digit code shown in the phone’s app and press “Verify”. Tick “Don’t ask again for {days} days” if you like.',
	'sms:setup-phone-number': 'Keep “Authentication phone”, choose “Japan (+81)” and type the practice phone’s number, {number}. Under “Method”, choose “Send me a code by text message” and press “Next”.',
	'sms:setup-enter-code': 'Open the text message on the phone, type its six-digit code on the PC and press “Verify”.',
	'sms:signin-enter-code': 'Type the code from the new text message and press “Verify”. Tick “Don’t ask again for {days} days” if you like.',
	'setup-done': 'When “Verification successful” appears, press “Done”.',
	'call:setup-phone-number': 'Keep “Authentication phone”, choose “Japan (+81)” and type the practice phone’s number, {number}. Under “Method”, choose “Call me” and press “Next”.',
	'call:setup-answer-call': 'The phone rings. Press “Answer”, then # on the keypad.',
	'call:signin-answer-call': 'The phone rings. Tick “Don’t ask again for {days} days” on the PC if you like, then press “Answer” and #.',
};

const GUIDE: Record<Lang, Record<string, string>> = { ja, en };

export function guideFor(lang: Lang, method: string, step: string): string {
	return GUIDE[lang][`${method}:${step}`] ?? GUIDE[lang][step] ?? '';
}
export const GUIDE_KEYS = { ja: Object.keys(ja), en: Object.keys(en) };
