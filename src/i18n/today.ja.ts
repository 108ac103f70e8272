/**
 * Today's edition in Japanese: the step titles, the simulator's guide lines and the labels
 * of the screens a student meets as of November 2026. Spread into ja.ts (the one Japanese
 * dictionary); en.ts has the same keys from today.en.ts.
 *
 * Every label quoted from a Microsoft screen says where it was seen, as a source key of
 * ../shared/facts/current-screens-2026.md (CONTRIBUTING.md, "Today's screens are facts with
 * sources", says how the keys are read and checked):
 * [SL] a live capture of the 2026 Japanese screens, [SC401ja]/[SC401en] Microsoft's labs,
 * [LAB0101ja] a Microsoft lab translation, [SYR] Syracuse University's guide (2026-09-30),
 * [JPAZ-PC]/[JPAZ-SP] Microsoft Japan's support blog (2023), [UT] the University of Tokyo's
 * guide, [ED-*] Microsoft Learn (entra-docs); and, each listed with its address in
 * src/components/edition/sources.ts: [ED-KMSI] Learn's "Manage the 'Stay signed
 * in?' prompt", [SUP-SIGNIN-JA] Microsoft Support (ja-jp) 「Microsoft Authenticator を使用して
 * サインインする」, and third parties, marked [3P-…]: [3P-HIROSAKI] Hirosaki University's FAQ,
 * [3P-OTEMON] Otemon Gakuin's MFA notes, [3P-APPMATCH] appmatch.jp (iOS 18's settings),
 * [3P-AWAISORA] a Q&A page quoting the PC's message, [3P-EDUHK] EdUHK's FAQ (English); for Windows 11's passkey
 * dialog, [LRN-WIN-PASSKEYS] Learn's "Support for passkeys in Windows" and [3P-AUTHCHOOSER] a tool's README that
 * quotes the dialog's English.
 * UNVERIFIED marks a label no citable source confirmed for today's screens: if your students
 * see other words, change that one line. "ours" marks the practice's own words or pages, which
 * claim to be no Microsoft screen. `npm run facts` lists every label with its mark.
 */

const signIn = '学内アカウントでサインインする';
const stay = '「サインインの状態を維持しますか?」で「はい」か「いいえ」を押す';
const prompt = 'パスキーを勧められたら「今はスキップ」か「次へ」を押す';

// Long strings are split by hand so that each line stays within 140 bytes (see ja.ts).
// biome-ignore format: the line breaks of the strings below are chosen by hand (see above).
export default {
	// Step titles of today's chapters (src/steps.ts, STEP_IDS.today).
	'today.step.sms.setup-sign-in': signIn,
	'today.step.sms.setup-more-info': '「アカウントをセキュリティ保護しましょう」で「次へ」を押す',
	'today.step.sms.setup-other-options': '「その他のオプション」を押し「電話」を選ぶ',
	'today.step.sms.setup-phone-number': '電話番号を入力し「コードを SMS で送信する」を選ぶ',
	'today.step.sms.setup-enter-code': 'SMS で届いた 6 桁のコードを入力する',
	'today.step.sms.setup-done': '登録されたことを確かめ「完了」を押す',
	'today.step.sms.setup-stay-signed-in': stay,
	'today.step.sms.signin-sign-in': signIn,
	'today.step.sms.signin-enter-code': 'SMS で届いたコードを入力する',
	'today.step.sms.signin-passkey-prompt': prompt,
	'today.step.sms.signin-done': 'サインインが完了する',
	'today.step.call.setup-sign-in': signIn,
	'today.step.call.setup-more-info': '「アカウントをセキュリティ保護しましょう」で「次へ」を押す',
	'today.step.call.setup-other-options': '「その他のオプション」を押し「電話」を選ぶ',
	'today.step.call.setup-phone-number': '電話番号を入力し「電話する」を選ぶ',
	'today.step.call.setup-answer-call': '「応答」を押し、キーパッドの「#」を押す',
	'today.step.call.setup-done': '登録されたことを確かめ「完了」を押す',
	'today.step.call.setup-stay-signed-in': stay,
	'today.step.call.signin-sign-in': signIn,
	'today.step.call.signin-answer-call': '「応答」を押し、キーパッドの「#」を押す',
	'today.step.call.signin-passkey-prompt': prompt,
	'today.step.call.signin-done': 'サインインが完了する',
	'today.step.push.setup-sign-in': signIn,
	'today.step.push.setup-more-info': '「アカウントをセキュリティ保護しましょう」で「次へ」を押す',
	'today.step.push.setup-install-app': 'スマートフォンにアプリを入れ、PC で「次へ」を押す',
	'today.step.push.setup-app-first-launch': 'アプリを開き「QRコードをスキャンします」を押す',
	'today.step.push.setup-scan-qr': 'PC に表示された QR コードをスキャンする',
	'today.step.push.setup-approve': '「試してみましょう」の番号をスマートフォンに入力し「はい」を押す',
	'today.step.push.setup-done': '「Authenticator が追加されました」で「完了」を押す',
	'today.step.push.setup-stay-signed-in': stay,
	'today.step.push.signin-sign-in': signIn,
	'today.step.push.signin-request-sent': 'PC に表示された 2 桁の番号を確かめる',
	'today.step.push.signin-approve': 'スマートフォンに番号を入力し「はい」を押す',
	'today.step.push.signin-done': 'サインインが完了する',
	'today.step.push.signin-unexpected-request': '身に覚えのない通知は拒否して「報告」を押す',
	'today.step.code.setup-sign-in': signIn,
	'today.step.code.setup-more-info': '「アカウントをセキュリティ保護しましょう」で「次へ」を押す',
	'today.step.code.setup-choose-app': '「別の認証アプリを設定する」を選ぶ',
	'today.step.code.setup-app-first-launch': '認証アプリを開き「アカウントを追加」を押す',
	'today.step.code.setup-scan-qr': 'PC に表示された QR コードをスキャンする',
	'today.step.code.setup-enter-code': 'アプリの 6 桁のコードを入力する',
	'today.step.code.setup-done': '登録されたことを確かめ「完了」を押す',
	'today.step.code.setup-stay-signed-in': stay,
	'today.step.code.signin-sign-in': signIn,
	'today.step.code.signin-enter-code': 'アプリの 6 桁のコードを入力する',
	'today.step.code.signin-done': 'サインインが完了する',

	// Guide lines of today's simulator, one per step: what to do now, in a sentence or two.
	'today.guide.setup-sign-in': 'PC で「サインイン」を押します（練習なのでパスワードは入力済みです）。',
	'today.guide.setup-more-info':
		'「アカウントをセキュリティ保護しましょう」と表示されます。PC で「次へ」を押します。',
	'today.guide.setup-install-app':
		'スマートフォンで「ストア」を押し、Microsoft Authenticator の「入手」、' +
		'「開く」を押します。終わったら PC で「次へ」を押します。',
	'today.guide.setup-app-first-launch':
		'スマートフォンで「承諾する」、「続行」、「QRコードをスキャンします」を押し、' +
		'通知とカメラの確認で「許可」、「OK」を押します。PC でも「次へ」を押します。',
	'today.guide.code:setup-choose-app':
		'この練習では認証アプリのコードを使います。PC で「別の認証アプリを設定する」を押します。',
	'today.guide.code:setup-app-first-launch':
		'スマートフォンで「ストア」を押し、認証アプリの「入手」、「開く」を押します。' +
		'アプリの「アカウントを追加」を押し、カメラの確認で「OK」を押したら、' +
		'PC で「次へ」を押します。',
	'today.guide.setup-scan-qr':
		'スマートフォンのカメラを PC の QR コードに向けて「QR コードを読み取る」を押し、' +
		'アカウントが追加されたら PC で「次へ」を押します。',
	'today.guide.setup-approve':
		'スマートフォンに届いた通知を開き、' +
		'PC の「試してみましょう」に表示された 2 桁の番号を入力して「はい」を押します。' +
		'番号が違っていたときは、PC で「もう一度送信する」を押します。',
	'today.guide.push:setup-done': '「Authenticator が追加されました」と表示されたら「完了」を押します。',
	'today.guide.setup-done': '登録されたことを確かめて「完了」を押します。',
	'today.guide.setup-stay-signed-in':
		'「サインインの状態を維持しますか?」では、自分専用の PC なら「はい」、' +
		'共用の PC なら「いいえ」を押します。',
	'today.guide.code:setup-enter-code':
		'スマートフォンで「{account}」を押してコードを表示し、' +
		'その 6 桁のコードを PC に入力して「次へ」を押します。',
	'today.guide.sms:setup-other-options':
		'この練習では電話番号を使います。PC で「その他のオプション」を押し、' +
		'「電話」を選んで「確認」を押します。',
	'today.guide.call:setup-other-options':
		'この練習では電話番号を使います。PC で「その他のオプション」を押し、' +
		'「電話」を選んで「確認」を押します。',
	'today.guide.sms:setup-phone-number':
		'国は「日本 (+81)」のまま、練習用スマートフォンの番号 {number} を入力し、' +
		'「コードを SMS で送信する」を選んで「次へ」を押します。',
	'today.guide.call:setup-phone-number':
		'国は「日本 (+81)」のまま、練習用スマートフォンの番号 {number} を入力し、' +
		'「電話する」を選んで「次へ」を押します。',
	'today.guide.sms:setup-enter-code':
		'スマートフォンに届いた SMS の 6 桁のコードを PC に入力し、「次へ」を押します。',
	'today.guide.call:setup-answer-call':
		'スマートフォンに電話がかかってきます。「応答」を押し、' +
		'キーパッドの「#」を押します。',
	'today.guide.signin-sign-in': '翌日、もう一度サインインします。PC で「サインイン」を押します。',
	'today.guide.signin-request-sent':
		'PC の「サインイン要求を承認」に 2 桁の番号が表示されます。スマートフォンの通知を開きます。',
	'today.guide.signin-approve':
		'PC に表示されている番号をスマートフォンに入力し、「はい」を押します。' +
		'番号が違っていたときは、PC で「もう一度送信する」を押します。',
	'today.guide.signin-done':
		'「サインインの状態を維持しますか?」で「はい」か「いいえ」を押すと、' +
		'サインインが完了します。',
	'today.guide.push:signin-done':
		'「サインインの状態を維持しますか?」で「はい」か「いいえ」を押すと、' +
		'サインインが完了します。続けて最後の練習です。' +
		'PC で「練習: 身に覚えのない通知が届いたら」を押します。',
	'today.guide.signin-unexpected-request':
		'あなたはいまサインインしていないのに、通知が届きました。通知を開き、' +
		'「いいえ、私はしていません」を押して、「報告」を押します。',
	'today.guide.code:signin-enter-code':
		'スマートフォンのアプリに表示されている 6 桁のコードを PC に入力し、「検証」を押します。',
	'today.guide.sms:signin-enter-code':
		'スマートフォンに届いた SMS のコードを PC に入力し、「検証」を押します。',
	'today.guide.call:signin-answer-call':
		'スマートフォンに電話がかかってきます。「応答」を押し、' +
		'キーパッドの「#」を押します。',
	// {passkey}: the next line where the institution offers passkeys, else nothing (src/steps.ts, guideOf).
	'today.guide.signin-passkey-prompt':
		'サインインのあとに、パスキーの作成を勧められます。この練習では「今はスキップ」を押します。{passkey}',
	'today.guide.passkeyElsewhere': 'パスキーの作成は、パスキーの練習で試せます。',

	// Today's PC screens. A line without UNVERIFIED quotes its source's label exactly.
	'pc.today.next': '次へ', // [SL]
	'pc.today.back': '戻る', // UNVERIFIED: the wizard's back button, seen in captures but not quoted by a source
	'pc.today.cancel': 'キャンセル', // UNVERIFIED
	'pc.today.done': '完了', // [LAB0101ja][SC401ja]
	'pc.today.secure.title': 'アカウントをセキュリティ保護しましょう', // [SL]
	'pc.today.secure.body': '別の方法で本人確認を行う設定をお手伝いします。', // [SL]
	'pc.today.secure.otherAccount': '別のアカウントを使用する', // [SL] (#cancelLink)
	'pc.today.secure.moreInfo': '2 段階認証の詳細', // [SL] (#moreInfoLink)
	'pc.today.install.title': 'Microsoft Authenticator のインストール', // [SL]
	// [SL]
	'pc.today.install.body': 'モバイル デバイスにアプリをインストールしてから、ここに戻って続行します。',
	'pc.today.install.otherApp': '別の認証アプリを設定する', // [SL]
	'pc.today.install.otherOptions': 'その他のオプション', // [SL]
	'pc.today.options.title': 'どの方法を使用しますか?', // [UT] classic dialog; UNVERIFIED in today's wizard
	'pc.today.options.phone': '電話', // [UT] classic; UNVERIFIED in today's wizard
	'pc.today.options.app': 'Microsoft Authenticator', // UNVERIFIED
	'pc.today.options.confirm': '確認', // [UT] classic; UNVERIFIED in today's wizard
	'pc.today.appSetup.title': 'アプリでアカウントを設定する', // [LAB0101ja] a lab's translation: UNVERIFIED on screen
	// UNVERIFIED (from [SC401en])
	'pc.today.appSetup.push':
		'メッセージが表示されたら、通知を許可します。次に、アカウントを追加し、' +
		'「職場または学校」を選択します。',
	'pc.today.appSetup.code': '認証アプリで新しいアカウントを追加します。', // UNVERIFIED (from [3P] EN)
	'pc.today.scan.title': 'QR コードをスキャンします', // [JPAZ-PC] classic; EN "Scan the QR code" [SC401en]
	// UNVERIFIED
	'pc.today.scan.push':
		'Microsoft Authenticator アプリを使用して QR コードをスキャンします。これにより、' +
		'Microsoft Authenticator アプリとご自分のアカウントが接続されます。',
	'pc.today.scan.code': '認証アプリを使用して QR コードをスキャンします。', // UNVERIFIED
	'pc.today.scan.cant': 'QR コードをスキャンできませんか?', // [JPAZ-PC]
	'pc.today.scan.pushKey': 'アプリにこのコードと URL を入力します。', // UNVERIFIED
	'pc.today.scan.codeLabel': 'コード:', // [3P] EN "Code:"; JA UNVERIFIED
	'pc.today.scan.urlLabel': 'URL:', // [3P]
	// UNVERIFIED (EN "Enter the following into Authenticator" [3P])
	'pc.today.scan.codeKey': '認証アプリに次の内容を入力します。',
	'pc.today.scan.account': 'アカウント名:', // [3P] EN "Account name:"; JA UNVERIFIED
	'pc.today.scan.secret': '秘密鍵:', // [3P] EN "Secret key:"; JA UNVERIFIED
	'pc.today.try.title': '試してみましょう', // [LAB0101ja][SC401en "Let's try it out"]
	// UNVERIFIED
	'pc.today.try.body': '以下に表示されている番号を入力して、アプリに送信している通知を承認します。',
	'pc.today.number': '番号: {n}', // what a screen reader hears for the large number (ours)
	'pc.today.failed.denied': '要求が拒否されました', // UNVERIFIED
	'pc.today.failed.expired': '要求に応答がありませんでした', // UNVERIFIED
	'pc.today.failed.mismatch': '番号が一致しませんでした', // UNVERIFIED
	'pc.today.failed.body': 'もう一度送信すると、新しい番号で通知が届きます。', // UNVERIFIED
	'pc.today.failed.retry': 'もう一度送信する', // UNVERIFIED
	'pc.today.added.push': 'Authenticator が追加されました', // [LAB0101ja][SYR "Authenticator Added"]
	// UNVERIFIED ([SYR] alt text, EN)
	'pc.today.added.pushBody': 'Microsoft Authenticator が既定のサインイン方法になりました。',
	'pc.today.added.code': '認証アプリが追加されました', // UNVERIFIED
	'pc.today.added.codeBody': '認証アプリのコードでサインインできるようになりました。', // UNVERIFIED
	'pc.today.added.phone': '電話が登録されました', // UNVERIFIED
	// UNVERIFIED (EN "SMS verified…" [MS lab])
	'pc.today.added.sms': 'SMS が確認されました。お使いの電話は正常に登録されました。',
	'pc.today.added.call': '通話に応答しました。お使いの電話は正常に登録されました。', // UNVERIFIED
	'pc.today.stay.title': 'サインインの状態を維持しますか?', // [SL]
	'pc.today.stay.body': 'これにより、サインインを求められる回数を減らすことができます。', // [SL]
	'pc.today.stay.dontShow': '今後このメッセージを表示しない', // [SL]
	'pc.today.stay.no': 'いいえ', // [SL] (#idBtn_Back)
	'pc.today.stay.yes': 'はい', // [SL] (#idSIButton9)
	'pc.today.approve.title': 'サインイン要求を承認', // [UT][SYR]
	// [3P-AWAISORA] quotes it (without the space); EN [3P]
	'pc.today.approve.body': 'Authenticator アプリを開き、表示されている番号を入力してサインインします。',
	// UNVERIFIED (EN [3P])
	'pc.today.approve.noNumbers': 'アプリに番号が表示されない場合は、最新バージョンに更新してください。',
	'pc.today.approve.cantUse': 'Microsoft Authenticator アプリを現在使用できません', // [UT]
	'pc.today.ways.title': 'IDを確認する', // [3P-HIROSAKI] (spaced as the university's guide writes it)
	'pc.today.ways.approve': 'Microsoft Authenticator アプリで要求を承認する', // [SUP-SIGNIN-JA]
	'pc.today.ways.code': '確認コードを使用する', // [UT]
	'pc.today.code.title': 'コードの入力', // [UT]
	// [UT] 「確認コードを入力してください」 adapted: UNVERIFIED
	'pc.today.code.app': '認証アプリに表示されているコードを入力してください。',
	'pc.today.code.setup': '認証アプリに表示されている 6 桁のコードを入力します。', // UNVERIFIED
	// UNVERIFIED (EN [3P])
	'pc.today.code.sms': '{number} に SMS を送信しました。コードを入力してサインインしてください。',
	'pc.today.code.smsSetup': '{number} に 6 桁のコードを送信しました。コードを入力してください。', // UNVERIFIED
	'pc.today.code.verify': '検証', // [UT]
	'pc.today.code.resend': 'コードの再送信', // UNVERIFIED
	'pc.today.phone.title': '電話', // [UT] classic; UNVERIFIED in today's wizard
	'pc.today.phone.question': 'どの電話番号を使用しますか?', // [UT]
	'pc.today.phone.country': '国/地域', // UNVERIFIED
	'pc.today.phone.number': '電話番号を入力します', // UNVERIFIED
	'pc.today.phone.how': '確認方法', // UNVERIFIED (the radio group's name; the screen shows no heading)
	'pc.today.phone.sms': 'コードを SMS で送信する', // [UT]
	'pc.today.phone.call': '電話する', // [UT]
	'pc.today.phone.note': 'メッセージとデータの通信料が適用される場合があります。', // UNVERIFIED
	'pc.today.call.setup': '{number} に電話をかけています。', // UNVERIFIED (classic EN "We're calling…")
	// UNVERIFIED (EN [3P])
	'pc.today.call.signin': 'お使いの電話に電話をかけています。応答して続行してください。',
	// Since 1 March 2025 "report suspicious activity" replaces the fraud alert: 0# reports, and blocks nothing by itself.
	'pc.today.call.reported': '不審なアクティビティとして報告しました', // ours: the practice's page
	// UNVERIFIED wording, a paraphrase that says so (要旨): no source gives the words of the call.
	// Its first words today offer 0# as a report of suspicious activity (since 2025-03-01,
	// entra-docs whats-new), not the fraud alert of the manual.
	'phone.today.call.voice':
		'音声（要旨）: Microsoft のサインインの確認です。確認を完了するには # キーを押してください。' +
		'サインインしようとしていない場合は、0 を押してから # を押すと、不審なアクティビティとして報告できます。',
	// What the call's voice says after 0# today. UNVERIFIED, a paraphrase as above. The report
	// marks the user as high risk and blocks nothing by itself, so it says nothing of a block
	// (the manual's line, phone.call.voice.fraud, did).
	'phone.today.call.voice.reported': '音声（要旨）: このサインインは不審なアクティビティとして報告されました。',
	'pc.today.call.reportedBody':
		'電話で 0# を押して、このサインインを報告しました。サインインは完了していません。' +
		'自分でサインインしたのでなければ、すぐにパスワードを変更し、窓口に連絡してください。', // ours: the practice's page
	// The practice's own pages (not Microsoft's): the "request you did not make" scenario.
	'pc.today.service.stranger': '練習: 身に覚えのない通知が届いたら', // ours: the drill's pages, below too
	'pc.today.service.next': '次は最後の練習です。「{drill}」を押してください。', // ours
	'pc.today.stranger.title': '練習: いまはサインインしていません', // ours
	'pc.today.stranger.body':
		'あなたはいま何もサインインしていません。あなたのパスワードを知っている誰かが、' +
		'遠くの場所からサインインしようとしています。' +
		'スマートフォンに届いた通知にどう答えるかを練習します。', // ours
	'pc.today.outcome.reported': '拒否して報告しました。正しい対応です', // ours
	'pc.today.outcome.reportedBody':
		'相手はサインインできませんでした。報告は大学の管理者に届きます。' +
		'パスワードが知られているので、すぐにパスワードを変更し、窓口に連絡してください。', // ours
	'pc.today.outcome.denied': '拒否しました。報告もしましょう', // ours
	'pc.today.outcome.deniedBody':
		'相手はサインインできませんでした。次に届いたら「報告」も選んでください。' +
		'パスワードが知られているので、すぐにパスワードを変更し、窓口に連絡してください。', // ours
	'pc.today.outcome.approved': '「はい」を押してしまいました', // ours
	'pc.today.outcome.approvedBody':
		'番号が合っていれば、パスワードを知っている相手があなたのアカウントに入り、' +
		'メールやファイルを読めます。番号を教えるよう頼まれても、絶対に教えないでください。' +
		'すぐにパスワードを変更し、窓口に連絡してください。', // ours
	'pc.today.outcome.expired': '答えないまま要求の期限が切れました', // ours
	'pc.today.outcome.expiredBody':
		'相手はサインインできませんでした。ただしパスワードが知られています。' +
		'次は「いいえ」を押して報告し、すぐにパスワードを変更して窓口に連絡してください。', // ours
	'pc.today.outcome.back': '練習を続ける', // ours

	// Today's Authenticator app on the phone (and the other authenticator app of the code practice).
	'phone.today.consent.title': 'Microsoft はお客様のプライバシーを尊重します', // UNVERIFIED
	'phone.today.consent.body':
		'練習用の画面です。本物のアプリでは、ここでデータの扱いについて説明されます。', // ours: the practice's stand-in for the privacy text
	'phone.today.consent.accept': '承諾する', // [JPAZ-PC]
	'phone.today.quality.title': 'Microsoft Authenticator の品質向上にご協力ください', // [JPAZ-PC]
	'phone.today.quality.continue': '続行', // [JPAZ-PC]
	'phone.today.intro.title': 'デジタル ライフを保護する', // [UT]
	'phone.today.intro.add': 'QRコードをスキャンします', // [UT] (the English has its own note)
	'phone.today.otherApp.title': '認証アプリ', // ours: the practice's stand-in for any authenticator app
	'phone.today.otherApp.add': 'アカウントを追加', // UNVERIFIED: each app words it its own way
	'phone.today.notify.title': '"Authenticator"は通知を送信します。よろしいですか？', // facts §2 phone side
	'phone.today.notify.body': '通知を許可しないと、サインインの承認の要求が届きません。', // ours: the app's reason, in the practice's words
	'phone.today.notify.deny': '許可しない', // UNVERIFIED (the OS's own button)
	'phone.today.notify.allow': '許可', // facts §2 phone side
	'phone.today.camera.title': '"Authenticator" がカメラへのアクセスを求めています', // facts §2 phone side
	'phone.today.camera.ok': 'OK', // facts §2 phone side
	'phone.today.approve.title': 'サインインを承認しますか？', // [JPAZ-SP]
	'phone.today.approve.app': 'アプリ: {app}', // UNVERIFIED: the app's name is shown ([ED-AC]); its label is not quoted
	'phone.today.approve.where': '場所: {place}', // UNVERIFIED: as above
	'phone.today.approve.appName': 'Office 365', // ours: sample data
	'phone.today.approve.here': '日本', // ours: sample data
	'phone.today.approve.far': 'アムステルダム（オランダ）', // ours: sample data
	'phone.today.approve.number': 'サインイン画面に表示されている番号を入力します', // UNVERIFIED
	'phone.today.approve.cantSee': '番号が表示されません', // facts §3.6
	'phone.today.approve.no': 'いいえ、私はしていません', // [3P-OTEMON] (3P mocks said 「いいえ、私ではありません」)
	'phone.today.approve.yes': 'はい', // [JPAZ-SP]
	'phone.today.peek': '3 秒後に要求がもう一度表示されます。', // ours: the sheet hides for 3 s (facts §3.6)
	'phone.today.report.title': '不審なアクティビティを報告しますか?', // UNVERIFIED
	'phone.today.report.body': '報告すると、大学の管理者に知らされます。', // UNVERIFIED
	'phone.today.report.yes': '報告', // [3P-OTEMON]
	'phone.today.report.no': '無視', // [3P-OTEMON]
	'phone.today.answered.reported': '拒否し、報告しました。', // ours: the practice's list of answers
	'phone.today.answered.denied': '拒否しました。', // ours
	'phone.today.answered.approved': '承認しました。', // ours
	'error.notifications-off':
		'この練習では「許可」を押します。通知を許可しないと、承認の要求が届きません。',

	'error.push-mismatch':
		'入力した番号がサインイン画面の番号と一致しなかったため、' +
		'この要求は承認されませんでした。PC で「もう一度送信する」を押すと、' +
		'新しい番号で要求が届きます。',
	'error.push-reported': 'この要求はすでに報告しています。',
	// ours: names today's PC page (pc.today.scan.title), not the manual's of 2020
	'error.no-qr-yet':
		'QR コードが見つかりません。PC に「QR コードをスキャンします」が表示されてから、' +
		'カメラを向けて「QR コードを読み取る」を押してください。',
	'error.number-empty': 'サインイン画面に表示されている 2 桁の番号を入力してください。',
	'error.number-invalid': '番号は 2 桁の数字で入力してください（例: 42）。',
	'error.choose-other-app':
		'この練習では認証アプリのコードを使います。「別の認証アプリを設定する」を押してください。',
	'error.choose-other-options':
		'この練習では電話番号を使います。「その他のオプション」を押してください。',
	'error.choose-skip': 'この練習ではパスキーを作りません。「今はスキップ」を押してください。',
	'error.choose-authenticator': 'この練習では Microsoft Authenticator を使います。「次へ」を押してください。',
	'alt.today.number': 'PC に 2 桁の番号 {n} が表示されている',
	'alt.today.request': '「サインインを承認しますか？」: アプリ {app}、場所 {place}',
	// The passkey chapter and practice: today's only, as the manual of 2020 has no
	// passkeys. Facts §8 give the steps and a few English labels ([ED-PK] Microsoft Learn
	// "Register a passkey in Microsoft Authenticator", 2026-07-05; [ED-RC] the registration
	// campaign's "Skip for now"); the Japanese screens were not captured, so nearly every
	// label below is UNVERIFIED, and the practice's own pages (the phone's screen lock, a
	// failed QR code) say what they are.
	'today.step.passkey.setup-sign-in': signIn,
	'today.step.passkey.setup-enter-code': 'いつもどおり SMS のコードでサインインする',
	'today.step.passkey.setup-passkey-prompt': 'パスキーの作成を勧められたら「次へ」を押す',
	'today.step.passkey.setup-open-app': 'Authenticator で「職場または学校アカウントを追加」を押す',
	'today.step.passkey.setup-create-passkey': 'アプリでパスキーを作成し、PC で「次へ」を押す',
	'today.step.passkey.setup-done': '「パスキーが追加されました」で「完了」を押す',
	'today.step.passkey.signin-sign-in': signIn,
	'today.step.passkey.signin-scan-qr': 'PC に表示された QR コードをスマートフォンで読み取る',
	'today.step.passkey.signin-unlock': '「ロックを解除」を押してパスキーを使う',
	'today.step.passkey.signin-done': 'サインインが完了する',
	'today.step.passkey.signin-no-bluetooth': 'Bluetooth のない PC でサインインする',
	'today.guide.passkey:setup-enter-code':
		'いつもどおり、スマートフォンに届いた SMS のコードを PC に入力し、「検証」を押します。',
	'today.guide.passkey:setup-passkey-prompt':
		'サインインのあとに、パスキーの作成を勧められます。PC で「次へ」を押します' +
		'（「今はスキップ」でも次回また表示されます）。',
	'today.guide.passkey:setup-open-app':
		'スマートフォンで Authenticator を開き、「職場または学校アカウントを追加」を押して' +
		'サインインします。',
	'today.guide.passkey:setup-create-passkey':
		'アプリで「パスキーを作成」を押し、ロックを解除します。パスキー プロバイダーをオンにして' +
		'「完了」を押したら、PC で「次へ」を押します。',
	'today.guide.passkey:setup-done': '「パスキーが追加されました」と表示されたら「完了」を押します。',
	'today.guide.passkey:signin-sign-in':
		'翌日、もう一度サインインします。PC で「サインイン」を押し、パスキーの場所を聞かれたら' +
		'「iPhone、iPad、または Android デバイス」を選んで「次へ」を押します。',
	'today.guide.passkey:signin-scan-qr':
		'PC に QR コードが表示されます。スマートフォンの「カメラ」を開き、QR コードを読み取ります。',
	'today.guide.passkey:signin-unlock':
		'スマートフォンが PC と Bluetooth でつながりました。「ロックを解除」を押してパスキーを使います。',
	// The practice's PC without Bluetooth is optional: offered once signed in, as its own step ({masked}: the page fills it).
	'today.guide.passkey:signin-done':
		'「サインインの状態を維持しますか?」で「はい」か「いいえ」を押すと完了です。' +
		'続けて練習するなら、PC で「練習: Bluetooth のない PC」を押します。',
	'today.guide.passkey:signin-no-bluetooth':
		'PC で「別の方法でサインインする」、「{masked} に SMS を送信」を押し、' +
		'届いたコードを入力して「検証」を押します。',
	'pc.today.passkey.prompt.title': 'パスキーを作成しましょう', // UNVERIFIED (the nudge's title: facts §8.7)
	// UNVERIFIED
	'pc.today.passkey.prompt.body':
		'パスキーを使うと、コードを入力しなくても、スマートフォンの顔認証、指紋、PIN で' +
		'サインインできます。',
	'pc.today.passkey.prompt.skip': '今はスキップ', // UNVERIFIED (EN "Skip for now" [ED-RC]; JA as in [SL]'s older grace period)
	'pc.today.passkey.openApp.title': 'Authenticator アプリでパスキーを作成する', // UNVERIFIED
	// UNVERIFIED (EN "You're prompted to open the Authenticator app and create your passkey there." [ED-PK])
	'pc.today.passkey.openApp.body':
		'スマートフォンで Microsoft Authenticator アプリを開き、パスキーを作成してください。' +
		'作成したら「次へ」を押します。',
	'pc.today.added.passkey': 'パスキーが追加されました', // UNVERIFIED
	// UNVERIFIED
	'pc.today.added.passkeyBody': 'Microsoft Authenticator のパスキーでサインインできるようになりました。',
	// Windows 11's dialog that asks where the passkey is, before its QR code (facts after-enrolment §5). Its English is
	// a third party's ([3P-AUTHCHOOSER], a tool that reads the dialog) and Microsoft Learn's; no source gives its Japanese
	// but the phone's choice ([3P-AISCH]), so the rest is UNVERIFIED.
	'pc.today.passkey.where.caption': 'Windows セキュリティ', // UNVERIFIED (EN "Windows Security" [3P-AUTHCHOOSER])
	'pc.today.passkey.where.title': 'パスキーでサインインする', // UNVERIFIED (EN "Sign in with your passkey" [3P-AUTHCHOOSER])
	// UNVERIFIED (EN "To sign in to “domain”, choose a device with a saved passkey" [3P-AUTHCHOOSER])
	'pc.today.passkey.where.body':
		'「login.microsoft.com」にサインインするには、パスキーが保存されているデバイスを選択してください。',
	// [3P-AISCH] (written there without the spaces around Android; spaced as Microsoft's Japanese spaces Latin words)
	'pc.today.passkey.where.phone': 'iPhone、iPad、または Android デバイス',
	'pc.today.passkey.where.key': 'セキュリティ キー', // UNVERIFIED (EN "Security key" [LRN-WIN-PASSKEYS]; spaced as in [UT]'s list)
	'pc.today.passkey.where.next': '次へ', // [3P-AISCH] 「次へをクリック」
	// [UT] on the pages of a code, a text or a call (facts §7.1); UNVERIFIED on the page of a passkey, which may say
	// 「その他のサインイン方法」 instead (the chapter gives both).
	'pc.today.passkey.otherWay': '別の方法でサインインする',
	// ours: the practice draws the sign-in page and the dialog in front of it as one screen
	'pc.today.passkey.behind': '練習: 下のボタンは Windows の画面の後ろ、サインインの画面のものです。',
	'pc.today.passkey.ways.passkey': '顔、指紋、PIN、またはセキュリティ キー', // [UT] (facts §7.1)
	'pc.today.passkey.ways.sms': '{number} に SMS を送信', // UNVERIFIED (the list's line for a text; {number} masked as the page masks it)
	// UNVERIFIED (the browser's or Windows' dialog)
	'pc.today.passkey.qr.title': 'スマートフォンまたはタブレットを使用する',
	// UNVERIFIED
	'pc.today.passkey.qr.body': 'パスキーを保存したデバイスのカメラで、この QR コードをスキャンします。',
	// ours (facts §8.4)
	'pc.today.passkey.qr.bluetooth':
		'PC とスマートフォンの Bluetooth をオンにし、スマートフォンを PC の近くに置きます。',
	'pc.today.passkey.connected.title': 'スマートフォンを確認してください', // UNVERIFIED
	// UNVERIFIED
	'pc.today.passkey.connected.body':
		'スマートフォンに接続しました。スマートフォンの画面の指示に従います。',
	// The practice's own pages: what the browser says there varies.
	'pc.today.passkey.failed.expired': 'QR コードの有効期限が切れました', // ours: the practice's page (see above)
	'pc.today.passkey.failed.expiredBody':
		'時間内に読み取られなかったため、この QR コードは使えません。' +
		'もう一度試すと、新しい QR コードが表示されます。', // ours
	'pc.today.passkey.failed.cancelled': 'スマートフォンでキャンセルされました', // ours
	'pc.today.passkey.failed.cancelledBody':
		'スマートフォンでロックの解除をキャンセルしたので、サインインは完了していません。' +
		'もう一度試して、QR コードを読み取り、ロックを解除してください。', // ours
	'pc.today.passkey.failed.retry': 'もう一度試す', // ours
	'pc.today.passkey.skipped':
		'練習: パスキーの作成をスキップしました。次にサインインするとき、また作成を勧められます。' +
		'2027 年 2 月 1 日からは、SMS や電話しか登録していない人はスキップできません。', // ours: the practice's note
	// The practice's PC without Bluetooth (a computer room's): the drill offered once signed in, and its note.
	'pc.today.passkey.service.drill': 'Bluetooth のない PC（端末室の PC など）でのサインインも練習できます。', // ours
	'pc.today.passkey.service.noBluetooth': '練習: Bluetooth のない PC', // ours
	'pc.today.passkey.noBluetooth':
		'練習: いまは Bluetooth のない PC（端末室の PC など）でサインインしています。' +
		'パスワードは入力済みです。', // ours
	'phone.today.passkey.camera': 'カメラ', // ours: the phone's camera app in the practice
	'phone.today.passkey.addWork': '職場または学校アカウントを追加', // UNVERIFIED (EN "Add work or school account" [ED-PK])
	'phone.today.passkey.signIn.title': 'サインイン', // UNVERIFIED
	'phone.today.passkey.signIn.note':
		'練習用の画面です。本物のアプリでは、ここでパスワードと SMS のコードで本人確認をします。', // ours
	'phone.today.passkey.signIn.button': 'サインイン', // UNVERIFIED
	'phone.today.passkey.account.body': 'このアカウントのパスキーを作成できます。', // UNVERIFIED
	'phone.today.passkey.account.create': 'パスキーを作成', // UNVERIFIED (EN "Create a passkey" [ED-PK])
	// The practice's stand-in for the phone's own sheet (Face ID, a fingerprint, a PIN).
	'phone.today.passkey.unlock.createTitle': 'パスキーを作成しますか?', // ours: stand-in for the phone's own sheet
	'phone.today.passkey.unlock.createBody':
		'ロックを解除すると、このスマートフォンにパスキーが作成されます。', // ours
	'phone.today.passkey.unlock.signInTitle': 'パスキーでサインインしますか?', // ours
	'phone.today.passkey.unlock.signInBody':
		'PC と Bluetooth でつながりました。ロックを解除すると、パスキーで PC にサインインします。', // ours
	'phone.today.passkey.unlock.note': '練習では、ボタンが顔認証・指紋・PIN の代わりです。', // ours
	'phone.today.passkey.unlock.cancel': 'キャンセル', // ours
	'phone.today.passkey.unlock.unlock': 'ロックを解除', // ours
	'phone.today.passkey.provider.title': 'Authenticator をパスキー プロバイダーにする', // UNVERIFIED
	'phone.today.passkey.provider.body':
		'スマートフォンの設定で Authenticator をオンにします（練習では下のボタンで済みます）。', // ours
	'phone.today.passkey.provider.ios': 'iPhone', // ours: the practice's buttons
	// [ED-PK] EN "Settings > General > AutoFill & Passwords" (iOS 18); JA names from [3P-APPMATCH]
	'phone.today.passkey.provider.iosPath': '設定 > 一般 > 自動入力とパスワード',
	'phone.today.passkey.provider.android': 'Android', // ours
	// UNVERIFIED: EN "Passwords & accounts" in the 2024 [ED-PK]; newer Android says "Passwords, passkeys & accounts"
	'phone.today.passkey.provider.androidPath': '設定 > パスワード、パスキー、アカウント',
	'phone.today.passkey.provider.on': 'オンにする', // ours
	'phone.today.passkey.created.title': 'パスキーが作成されました', // UNVERIFIED
	'phone.today.passkey.created.body': 'PC に戻って「次へ」を押します。', // UNVERIFIED
	'phone.today.passkey.done': '完了', // UNVERIFIED (EN "Done" [ED-PK])
	'phone.today.passkey.used.title': 'サインインしました', // UNVERIFIED
	'phone.today.passkey.used.body': 'PC の画面に戻ってください。', // UNVERIFIED
	'error.unlock-cancelled':
		'ロックの解除をキャンセルしたので、パスキーは作成されていません。' +
		'もう一度「パスキーを作成」を押し、ロックを解除してください。',
	'error.passkey-not-created':
		'まだパスキーがありません。スマートフォンの Authenticator でパスキーを作成してから' +
		'「次へ」を押してください。',
	'error.passkey-unknown':
		'この QR コードは読み取れませんでした。PC に表示されている QR コードを読み取ってください。',
	'error.passkey-expired':
		'この QR コードは有効期限が切れています。PC で「もう一度試す」を押し、' +
		'新しい QR コードを読み取ってください。',
	'error.passkey-used':
		'この QR コードはもう使われています。PC に表示されている新しい QR コードを' +
		'読み取ってください。',
	'error.choose-phone-device':
		'この練習のパスキーはスマートフォンにあります。「iPhone、iPad、または Android デバイス」を選んで' +
		'「次へ」を押してください。',
	'error.no-bluetooth':
		'この PC には Bluetooth がないので、スマートフォンのパスキーは使えません。' +
		'「別の方法でサインインする」を押してください。',
	// ours: names today's PC page (pc.today.passkey.qr.title)
	'error.no-passkey-qr':
		'QR コードが見つかりません。' +
		'PC に「スマートフォンまたはタブレットを使用する」が表示されてから、' +
		'カメラを向けてください。',
	'alt.today.passkeyQr': 'パスキーでサインインするための QR コード',
} as const;
