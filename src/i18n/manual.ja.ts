/**
 * The manual's edition in Japanese (December 2020, as printed): the step titles of its
 * chapters and the simulator's guide lines of its practice. Spread into ja.ts (the one
 * Japanese dictionary); en.ts has the same keys from manual.en.ts. Today's edition has
 * its own (today.ja.ts); the screens' labels are ja.ts's pc.* and phone.* keys, the
 * manual's own marked pc.manual.* and phone.manual.*.
 */

// Step titles that several methods share, written once so that the chapters cannot drift
// apart: every method's first screens and its last, and both Authenticator methods up to
// the point where the manual's chapters 3 and 4 part ways.
const signInFirst = '学内アカウントでサインインする';
const moreInfo = '「詳細情報が必要」で「次へ」を押す';
const signInAgain = '学内アカウントでサインインする';
const signInDone = 'サインインが完了する';
// Steps 3–9 of both Authenticator methods (steps 1 and 2 are the ones every method shares).
const chooseApp = '「モバイル アプリ」を選び「セットアップ」を押す';
const installApp = 'スマートフォンにアプリをインストールする';
const appFirstLaunch = 'アプリを起動し「同意します」を選ぶ';
const scanQr = 'PC に表示された QR コードをスキャンする';
const accountAdded = 'アプリにアカウントが追加される';
const checkCode = 'アカウントを開いてコードを確かめる';
const configureNext = '「モバイル アプリケーションの構成」で「次へ」を押す';

// Long strings are split by hand so that each line stays within 140 bytes (see ja.ts).
// biome-ignore format: the line breaks of the strings below are chosen by hand (see above).
export default {
	// A title a reader sees in the chapter, the table of contents, the helpdesk table and
	// the simulator's guide. Steps several methods share use the titles written once above.
	'manual.step.sms.setup-sign-in': signInFirst,
	'manual.step.sms.setup-more-info': moreInfo,
	'manual.step.sms.setup-phone-number': '携帯電話の番号を登録する',
	'manual.step.sms.setup-enter-code': 'SMS で届いたコードを入力する',
	'manual.step.sms.setup-done': '「完了」を押す',
	'manual.step.sms.signin-sign-in': signInAgain,
	'manual.step.sms.signin-enter-code': 'SMS で届いたコードを入力する',
	'manual.step.sms.signin-done': signInDone,
	'manual.step.call.setup-sign-in': signInFirst,
	'manual.step.call.setup-more-info': moreInfo,
	'manual.step.call.setup-phone-number': '着信用の電話番号を登録する',
	'manual.step.call.setup-answer-call': '「応答」を押し、キーパッドの「#」を押す',
	'manual.step.call.setup-done': '「確認に成功しました」で「完了」を押す',
	'manual.step.call.signin-sign-in': signInAgain,
	'manual.step.call.signin-answer-call': '「応答」を押し、キーパッドの「#」を押す',
	'manual.step.call.signin-done': signInDone,
	'manual.step.push.setup-sign-in': signInFirst,
	'manual.step.push.setup-more-info': moreInfo,
	'manual.step.push.setup-choose-app': chooseApp,
	'manual.step.push.setup-install-app': installApp,
	'manual.step.push.setup-app-first-launch': appFirstLaunch,
	'manual.step.push.setup-scan-qr': scanQr,
	'manual.step.push.setup-account-added': accountAdded,
	'manual.step.push.setup-check-code': checkCode,
	'manual.step.push.setup-configure-next': configureNext,
	'manual.step.push.setup-choose-notification': '「確認のため通知を受け取る」を選び「次へ」を押す',
	'manual.step.push.setup-approve': 'スマートフォンの通知で「承認」を押す',
	'manual.step.push.setup-backup-phone': '予備の電話番号を登録し「完了」を押す',
	'manual.step.push.signin-sign-in': signInAgain,
	'manual.step.push.signin-request-sent': 'スマートフォンに承認要求が送られる',
	'manual.step.push.signin-approve': 'スマートフォンで「承認」を押す',
	'manual.step.push.signin-done': signInDone,
	'manual.step.code.setup-sign-in': signInFirst,
	'manual.step.code.setup-more-info': moreInfo,
	'manual.step.code.setup-choose-app': chooseApp,
	'manual.step.code.setup-install-app': installApp,
	'manual.step.code.setup-app-first-launch': appFirstLaunch,
	'manual.step.code.setup-scan-qr': scanQr,
	'manual.step.code.setup-account-added': accountAdded,
	'manual.step.code.setup-check-code': checkCode,
	'manual.step.code.setup-configure-next': configureNext,
	'manual.step.code.setup-choose-code': '「確認コードを使用する」を選び「次へ」を押す',
	'manual.step.code.setup-enter-code': 'アプリの 6 桁のコードを入力する',
	'manual.step.code.setup-backup-phone': '予備の電話番号を登録し「完了」を押す',
	'manual.step.code.signin-sign-in': signInAgain,
	'manual.step.code.signin-enter-code': 'アプリの 6 桁のコードを入力する',
	'manual.step.code.signin-done': signInDone,

	// The simulator's guide: what to do at each step, in one line; the chapter has the full
	// text. Keys are manual.guide.<step id>, or manual.guide.<method>:<step id> where the methods differ
	// ("manual.guide.code:setup-enter-code"). {days} and {number} are filled in by the practice page.
	'manual.guide.setup-sign-in':
		'PC で「サインイン」を押します。練習用のアカウントとパスワードは入力済みです。',
	'manual.guide.setup-more-info': 'PC で「次へ」を押します。',
	'manual.guide.setup-choose-app': '連絡方法で「モバイル アプリ」を選び、「セットアップ」を押します。',
	'manual.guide.setup-install-app':
		'スマートフォンで「ストア」を開き、Microsoft Authenticator を「入手」して「開く」を押します。',
	'manual.guide.setup-app-first-launch':
		'スマートフォンで「同意します」を押し、「QRコードをスキャンします」を押します。',
	'manual.guide.setup-scan-qr':
		'スマートフォンのカメラを PC の QR コードに向け、「QR コードを読み取る」を押します。',
	'manual.guide.setup-account-added':
		'スマートフォンのアプリにアカウントが追加されました。「{account}」を押して開きます。',
	'manual.guide.setup-check-code':
		'6 桁のコードが表示されていれば、アプリとアカウントの連携はできています。' +
		'次の手順へ進みます。',
	'manual.guide.setup-configure-next': 'PC の「モバイル アプリケーションの構成」画面で「次へ」を押します。',
	'manual.guide.setup-choose-notification': '「確認のため通知を受け取る」を選び、「次へ」を押します。',
	'manual.guide.setup-approve': 'スマートフォンに届いた通知を開き、「承認」を押します。',
	'manual.guide.setup-backup-phone': '予備の電話番号は入力してもしなくてもかまいません。「完了」を押します。',
	'manual.guide.signin-sign-in': 'もう一度サインインします。PC で「サインイン」を押します。',
	'manual.guide.signin-request-sent':
		'スマートフォンに通知が届きます。必要なら PC で「今後 {days} ' +
		'日間はこのメッセージを表示しない」にチェックを入れてから、通知を開きます。',
	'manual.guide.signin-approve':
		'スマートフォンで「承認」を押します。自分がサインインしていないときは「拒否」です。',
	'manual.guide.signin-done':
		'サインインできました。信頼した PC では、日数がたつまで確認を求められないことも試せます。',
	'manual.guide.code:setup-choose-code': '「確認コードを使用する」を選び、「次へ」を押します。',
	'manual.guide.code:setup-enter-code':
		'スマートフォンのアプリに表示されている 6 桁のコードを PC に入力し、「確認」を押します。' +
		'コードは 30 秒ごとに変わります。',
	'manual.guide.code:signin-enter-code':
		'スマートフォンのアプリに表示されている 6 桁のコードを入力し、「確認」を押します。' +
		'必要なら「今後 {days} 日間はこのメッセージを表示しない」にチェックを入れます。',
	'manual.guide.sms:setup-phone-number':
		'「認証用電話」のまま、国/地域は「日本 (+81)」、' +
		'電話番号は練習用スマートフォンの番号 {number} を入力します。方法で「コードを SMS で送信する」' +
		'を選び、「次へ」を押します。',
	'manual.guide.sms:setup-enter-code':
		'スマートフォンに届いた SMS を開き、6 桁のコードを PC に入力して「確認」を押します。',
	'manual.guide.sms:signin-enter-code':
		'スマートフォンに届いた新しい SMS のコードを入力し、「確認」を押します。' +
		'必要なら「今後 {days} 日間はこのメッセージを表示しない」にチェックを入れます。',
	'manual.guide.setup-done': '「確認に成功しました」と表示されたら、「完了」を押します。',
	'manual.guide.call:setup-phone-number':
		'「認証用電話」のまま、国/地域は「日本 (+81)」、' +
		'電話番号は練習用スマートフォンの番号 {number} を入力します。方法で「電話する」を選び、' +
		'「次へ」を押します。',
	'manual.guide.call:setup-answer-call':
		'スマートフォンに電話がかかってきます。「応答」を押し、' +
		'キーパッドの「#」を押します。',
	'manual.guide.call:signin-answer-call':
		'スマートフォンに電話がかかってきます。' +
		'必要なら PC で「今後 {days} 日間はこのメッセージを表示しない」にチェックを入れてから、' +
		'「応答」を押して「#」を押します。',
};
