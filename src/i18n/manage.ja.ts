/**
 * After enrolment, in Japanese: the chapter's step titles (the task table `manage` of
 * src/step-ids.ts), the words of the Security info page and of the Temporary Access Pass's
 * sign-in as a student meets them in 2026, and the practice service's refusals. Spread into
 * ja.ts; en.ts has the same keys from manage.en.ts.
 *
 * Every label quoted from a Microsoft screen says where it was seen, as a source key of
 * ../shared/facts/after-enrolment-2026.md (listed with their addresses in
 * src/components/edition/sources.ts): [LRN-COMBINED] Learn's "Combined registration…",
 * [LRN-TAP] / [LRN-TAP-JA] Learn's Temporary Access Pass page, [LRN-PASSKEY-AUTH-REG] Learn's
 * "Register passkeys in Authenticator…", [SUP-2SV-CHANGE-JA] Microsoft Support (ja-jp)
 * 「2 段階認証の方法と設定を変更する」, and third parties, marked [3P-…]: [3P-GODADDY-JA] GoDaddy's own
 * translation, [3P-HIROSAKI] Hirosaki University's FAQ. UNVERIFIED marks a label no citable source
 * confirmed on today's page (「サインイン方法の追加」 and 「既定のサインイン方法」 among them); "ours"
 * the practice's own words. `npm run facts` lists these with today.*.ts's.
 */

// biome-ignore format: the line breaks of the strings below are chosen by hand (see ja.ts).
export default {
	// The chapter's sections and step titles (src/step-ids.ts, TASK_STEP_IDS.manage).
	'manage.short': '機種変更・紛失',
	'manage.section.security-info': '「セキュリティ情報」ページ',
	'manage.section.new-phone': '機種変更（古いスマートフォンが手元にある）',
	'manage.section.phone-number': '電話番号が変わった',
	'manage.section.lost-phone': '紛失・故障（古いスマートフォンが使えない）',
	'manage.step.manage-open-security-info': '「セキュリティ情報」ページを開いてサインインする',
	'manage.step.manage-default-method': '「既定のサインイン方法」の「変更」で、ふだん使う方法を選ぶ',
	'manage.step.manage-add-method': '「サインイン方法の追加」で方法を追加する',
	'manage.step.manage-delete-method': '使わなくなった方法を「削除」する',
	'manage.step.new-phone-add': '新しいスマートフォンを先に登録する',
	'manage.step.new-phone-check': '新しいスマートフォンでサインインできることを確かめる',
	'manage.step.new-phone-delete-old': '古いスマートフォンの方法を「削除」する',
	'manage.step.new-phone-remove-account': '古いスマートフォンのアプリからアカウントを削除する',
	'manage.step.new-phone-restore': 'バックアップから復元したアカウントは、もう一度サインインする',
	'manage.step.phone-number-change': '古い番号が使えるうちに、電話番号を「変更」する',
	'manage.step.lost-phone-other-method': 'ほかに登録した方法でサインインする',
	'manage.step.lost-phone-helpdesk': 'ほかの方法がなければ、窓口に連絡する',
	'manage.step.lost-phone-tap': '窓口で受け取った一時アクセス パスでサインインする',
	'manage.step.lost-phone-register': '新しいスマートフォンで方法を登録する',
	'manage.step.lost-phone-clean-up': 'なくしたスマートフォンの方法を「削除」する',

	// The chooser's note under every method it advises (src/islands/chooser/Chooser.astro).
	'manage.chooser.note': 'スマートフォンや電話番号を替えるときは、古いものを手放す前に新しいものを登録します。',
	'manage.chooser.link': '機種変更・紛失のとき',

	// The chapter's note on its edition and sources (src/components/manage/ManageNote.astro).
	'manage.note.label': '2026 年 12 月時点の画面です。',
	'manage.note.body':
		'登録のあとの「セキュリティ情報」のページと、機種変更や紛失のときの手順です。手順書（2020 年 12 月版）にはない章です。' +
		'確かめられていない表示には「表示は異なる場合あり」と書いています。',

	// What the institution's helpdesk does for a lost phone (src/config/institution.ts, temporaryAccessPass).
	'manage.tap.issued': '{helpdesk}では、一時アクセス パスを発行しています。{howToAsk}',
	'manage.tap.notIssued':
		'{helpdesk}では一時アクセス パスを発行していません。窓口が登録をリセットし' +
		'（「MFA の再登録を要求する」）、次のサインインで方法を最初から登録します。',

	// The Security info page (https://mysignins.microsoft.com/security-info) as of 2026. A line without
	// UNVERIFIED quotes its source's label.
	'pc.today.secinfo.title': 'セキュリティ情報', // [SUP-2SV-CHANGE-JA]
	// UNVERIFIED: the page's lead sentence, from memory of the page; no source quotes it
	'pc.today.secinfo.body': 'これらは、ご自分のアカウントへのサインインやパスワードの再設定に使用する方法です。',
	// UNVERIFIED: 「既定の」 follows Microsoft's Japanese docs [LRN-GRAPH-PHONEDEL]; GoDaddy writes 「デフォルトの」 [3P-GODADDY-JA]
	'pc.today.secinfo.default': '既定のサインイン方法',
	'pc.today.secinfo.change': '変更', // [3P-GODADDY-JA]
	'pc.today.secinfo.add': 'サインイン方法の追加', // UNVERIFIED: EN "+ Add sign-in method" [LRN-PASSKEY-AUTH-REG]
	'pc.today.secinfo.delete': '削除', // [3P-HIROSAKI]
	'pc.today.secinfo.app': 'Microsoft Authenticator', // [3P-HIROSAKI] 「Microsoft Authenticator」の欄
	// UNVERIFIED: how the default reads when it is the app's notification ([LRN-COMBINED] names the method only)
	'pc.today.secinfo.app.default': 'Microsoft Authenticator - 通知',
	'pc.today.secinfo.phone': '電話', // UNVERIFIED
	'pc.today.secinfo.phone.default': '電話 - テキスト {number}', // UNVERIFIED
	'pc.today.secinfo.passkey': 'Microsoft Authenticator のパスキー', // UNVERIFIED: EN "Passkey in Microsoft Authenticator" [LRN-PASSKEY-AUTH-REG]
	'pc.today.secinfo.tap': '一時アクセス パス', // [LRN-TAP-JA] the docs' name; UNVERIFIED as the page's row
	'pc.today.secinfo.tapExpires': '有効期限: {time}', // UNVERIFIED ([LRN-TAP]: "Users can also see the TAP expiration time")
	// UNVERIFIED: the banner's words ([LRN-TAP] says only that it "says to add a new sign-in method")
	'pc.today.secinfo.banner': 'サインイン方法が登録されていません。サインイン方法を追加してください。',
	'pc.today.secinfo.oldPhone': 'iPhone 12（古いスマートフォン）', // ours: the practice's device names
	'pc.today.secinfo.newPhone': 'Pixel 9（新しいスマートフォン）', // ours
	'pc.today.secinfo.defaultTitle': '既定の方法を変更する', // UNVERIFIED
	'pc.today.secinfo.defaultQuestion': 'サインインに使用する方法はどれですか?', // UNVERIFIED
	'pc.today.secinfo.confirm': '確認', // [3P-GODADDY-JA]
	'pc.today.secinfo.addTitle': '方法を追加します', // UNVERIFIED ([3P-GODADDY-JA] 「メソッドの追加」 is GoDaddy's)
	'pc.today.secinfo.addQuestion': 'どの方法を使用しますか?', // UNVERIFIED
	'pc.today.secinfo.addButton': '追加', // UNVERIFIED (EN "Add" [3P-CAROLINAU])
	'pc.today.secinfo.deleteTitle': '認証アプリの削除', // [3P-HIROSAKI]
	'pc.today.secinfo.deleteBody': 'このアカウントでこの方法を削除しますか?', // UNVERIFIED
	'pc.today.secinfo.ok': 'OK', // [3P-GODADDY-JA]
	'pc.today.secinfo.deleted': 'サインイン方法が削除されました。', // UNVERIFIED ([3P-GODADDY-EN] "a confirmation that the sign-in method was deleted")
	// The sign-in page's pass field ([LRN-TAP]: "they see a screen to enter their TAP").
	'pc.today.tap.title': '一時アクセス パスを入力してください', // UNVERIFIED ([3P-YJK365] 「一時アクセスパスの入力画面」)
	'pc.today.tap.field': '一時アクセス パス', // UNVERIFIED ([LRN-TAP-JA] the docs' name)
	'pc.today.tap.signIn': 'サインイン', // UNVERIFIED

	// The practice service's refusals after enrolment (src/backend/methods.ts, tap.ts).
	'error.push-revoked':
		'この要求に応答したアプリは、「セキュリティ情報」から削除されました。削除した方法ではサインインできません。',
	'error.method-deleted': 'この方法は「セキュリティ情報」から削除されたため、サインインに使えません。別の方法を選んでください。',
	'error.method-unknown': 'この方法は見つかりませんでした。ページを開き直してください。',
	'error.method-limit': 'この種類の方法は、これ以上追加できません。使わないものを先に削除してください。',
	// [LRN-GRAPH-PHONEDEL]'s rule; whether the web page words it so is UNVERIFIED
	'error.method-is-default':
		'この方法は既定のサインイン方法なので、ほかの方法が残っているうちは削除できません。' +
		'先に「既定のサインイン方法」を変更してください。',
	'error.default-unavailable': 'その方法はまだ登録されていないため、既定にできません。',
	// [LRN-COMBINED]: MFA again after 10 minutes (5 for a passkey)
	'error.reauth-required':
		'前回の本人確認から時間がたったため、もう一度サインインが必要です（変更の前に 10 分以内の確認が必要です）。',
	'error.tap-lifetime': 'パスの有効期間は 10 分から 30 日までです。',
	'error.tap-empty': '窓口で受け取った一時アクセス パスを入力してください。',
	'error.tap-wrong': 'パスが違います。窓口で受け取ったとおりに、大文字と小文字を区別して入力してください。',
	'error.tap-expired': 'この一時アクセス パスは有効期限が切れています。窓口で新しいパスを受け取ってください。',
	'error.tap-used': 'この一時アクセス パスは 1 回限りで、すでに使われています。窓口で新しいパスを受け取ってください。',
	'error.tap-none': '一時アクセス パスはありません。',
} as const;
