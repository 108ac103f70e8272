/**
 * Today's edition in Japanese: the step titles, the simulator's guide lines and the labels
 * of the screens a student meets as of November 2026. Spread into ja.ts (the one Japanese
 * dictionary); en.ts has the same keys from today.en.ts.
 *
 * Every label quoted from a Microsoft screen says where it was seen, as a source key of
 * ../shared/facts/current-screens-2026.md (copied into the README's "Today's screens"):
 * [SL] a live capture of the 2026 Japanese screens, [SC401ja]/[SC401en] Microsoft's labs,
 * [LAB0101ja] a Microsoft lab translation, [SYR] Syracuse University's guide (2026-09-30),
 * [JPAZ-PC]/[JPAZ-SP] Microsoft Japan's support blog (2023), [UT] the University of Tokyo's
 * guide, [ED-*] Microsoft Learn (entra-docs). UNVERIFIED marks a label no citable source
 * confirmed for today's screens: if your students see other words, change that one line.
 */

const signIn = '学内アカウントでサインインする';
const stay = '「サインインの状態を維持しますか?」に答える';

// Long strings are split by hand so that each line stays within 140 bytes (see ja.ts).
// biome-ignore format: the line breaks of the strings below are chosen by hand (see above).
export default {
	// Step titles of today's chapters (src/steps.ts, STEP_IDS.today).
	'today.step.sms.setup-sign-in': signIn,
	'today.step.sms.setup-more-info': '「アカウントをセキュリティ保護しましょう」で「次へ」を押す',
	'today.step.sms.setup-other-options': '「その他のオプション」から「電話」を選ぶ',
	'today.step.sms.setup-phone-number': '電話番号を入力し「コードを SMS で送信する」を選ぶ',
	'today.step.sms.setup-enter-code': 'SMS で届いた 6 桁のコードを入力する',
	'today.step.sms.setup-done': '登録されたことを確かめ「完了」を押す',
	'today.step.sms.setup-stay-signed-in': stay,
	'today.step.sms.signin-sign-in': signIn,
	'today.step.sms.signin-enter-code': 'SMS で届いたコードを入力する',
	'today.step.sms.signin-done': 'サインインが完了する',
	'today.step.call.setup-sign-in': signIn,
	'today.step.call.setup-more-info': '「アカウントをセキュリティ保護しましょう」で「次へ」を押す',
	'today.step.call.setup-other-options': '「その他のオプション」から「電話」を選ぶ',
	'today.step.call.setup-phone-number': '電話番号を入力し「電話する」を選ぶ',
	'today.step.call.setup-answer-call': '電話に出て # キーを押す',
	'today.step.call.setup-done': '登録されたことを確かめ「完了」を押す',
	'today.step.call.setup-stay-signed-in': stay,
	'today.step.call.signin-sign-in': signIn,
	'today.step.call.signin-answer-call': '電話に出て # キーを押す',
	'today.step.call.signin-done': 'サインインが完了する',
	'today.step.push.setup-sign-in': signIn,
	'today.step.push.setup-more-info': '「アカウントをセキュリティ保護しましょう」で「次へ」を押す',
	'today.step.push.setup-install-app': 'スマートフォンにアプリを入れ、PC で「次へ」を押す',
	'today.step.push.setup-app-first-launch': 'アプリを開き、職場または学校アカウントを追加する',
	'today.step.push.setup-scan-qr': 'PC に表示された QR コードをスキャンする',
	'today.step.push.setup-approve': '「試してみましょう」の番号をスマートフォンに入力する',
	'today.step.push.setup-done': '「Authenticator が追加されました」で「完了」を押す',
	'today.step.push.setup-stay-signed-in': stay,
	'today.step.push.signin-sign-in': signIn,
	'today.step.push.signin-request-sent': 'PC に表示された 2 桁の番号を確かめる',
	'today.step.push.signin-approve': 'スマートフォンに番号を入力し「はい」を押す',
	'today.step.push.signin-done': 'サインインが完了する',
	'today.step.push.signin-unexpected-request': '身に覚えのない通知は拒否して報告する',
	'today.step.code.setup-sign-in': signIn,
	'today.step.code.setup-more-info': '「アカウントをセキュリティ保護しましょう」で「次へ」を押す',
	'today.step.code.setup-choose-app': '「別の認証アプリを設定する」を選ぶ',
	'today.step.code.setup-app-first-launch': '認証アプリを開き、アカウントの追加を始める',
	'today.step.code.setup-scan-qr': 'PC に表示された QR コードをスキャンする',
	'today.step.code.setup-enter-code': 'アプリの 6 桁のコードを入力する',
	'today.step.code.setup-done': '登録されたことを確かめ「完了」を押す',
	'today.step.code.setup-stay-signed-in': stay,
	'today.step.code.signin-sign-in': signIn,
	'today.step.code.signin-enter-code': 'アプリの 6 桁のコードを入力する',
	'today.step.code.signin-done': 'サインインが完了する',
} as const;
