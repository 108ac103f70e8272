/**
 * The practice after enrolment (/practice/manage/), in Japanese: its scenarios and the chooser, each
 * step's one-line guide, and the pages and refusals the practice adds itself (the helpdesk's counter,
 * the pass shown beside its field). Nothing here is a label of a Microsoft screen: those are
 * manage.ja.ts's, with their sources. Spread into ja.ts; en.ts has the same keys from manage-practice.en.ts.
 */

// biome-ignore format: the line breaks of the strings below are chosen by hand (see ja.ts).
export default {
	'manage.practice.choose': '練習する場面',
	'manage.practice.current': '（いま表示中）',
	'manage.practice.none': 'この大学の設定では、練習できる場面がありません。手順は「機種変更・紛失のとき」の章で読めます。',
	'manage.scenario.lost-phone-tap': 'スマートフォンをなくし、窓口で一時アクセス パスを受け取る',
	'manage.scenario.lost-phone-tap.blurb':
		'ほかに登録した方法がないとき。パスでサインインし、新しいスマートフォンを登録して、なくしたスマートフォンを削除します。'
		+ '使ったパスがもう使えないことも確かめます。',
	'manage.scenario.change-default': '既定のサインイン方法を変える',
	'manage.scenario.change-default.blurb':
		'新しいスマートフォンに Authenticator を追加したあと。SMS のコードで「セキュリティ情報」を開き、'
		+ 'サインインで最初に使う方法を Authenticator の通知に変えます。',
	'manage.guide.manage-open-security-info': '「サインイン」を押し、スマートフォンに届いた SMS のコードを PC に入力して「検証」を押します。',
	'manage.guide.manage-default-method':
		'「既定のサインイン方法」の横の「変更」を押し、「Microsoft Authenticator - 通知」を選んで「確認」を押します。',
	'manage.scenario.lost-phone-other': 'スマートフォンをなくし、ほかに登録した方法（SMS）でサインインする',
	'manage.scenario.lost-phone-other.blurb':
		'同じ番号の SMS が新しいスマートフォンに届くとき（SIM の再発行）。別の方法でサインインし、'
		+ '既定の方法を変えてから、なくしたスマートフォンの Authenticator を削除します。',
	'manage.guide.lost-phone-other-method':
		'「サインイン」、「Microsoft Authenticator アプリを現在使用できません」、「{masked} に SMS を送信」を押し、'
		+ '届いたコードを入力して「検証」を押します。',
	'manage.guide.manage-delete-method':
		'「変更」で既定を「電話 - テキスト {number}」にして「確認」を押し、古いスマートフォンの行の「削除」、「OK」を押します。',
	'manage.scenario.new-phone': '機種変更する（古いスマートフォンが手元にある）',
	'manage.scenario.new-phone.blurb':
		'古いスマートフォンで承認して「セキュリティ情報」を開き、新しいスマートフォンを追加して、'
		+ '新しい方でサインインできることを確かめてから、古いスマートフォンを削除します。',
	'manage.guide.new-phone-add':
		'「サインイン」を押し、古いスマートフォンの通知に PC の数字を入力して「はい」を押します。「サインイン方法の追加」で'
		+ '「Microsoft Authenticator」を選んで「追加」を押し、新しいスマートフォンに持ち替えて、アプリを入れて QR コードを読み取ります。',
	'manage.guide.new-phone-check':
		'「サインアウト」を押してもう一度「サインイン」し、新しいスマートフォンの通知に PC の数字を入力して「はい」を押します。',
	'manage.guide.new-phone-delete-old': '古いスマートフォンの行の「削除」、「OK」を押します。',
	'manage.guide.lost-phone-helpdesk': '「一時アクセス パスを受け取る」を押します（練習では、このボタンが窓口の代わりです）。',
	'manage.guide.lost-phone-tap': 'PC に表示された練習用のパスを「一時アクセス パス」の欄に入力し、「サインイン」を押します。',
	'manage.guide.lost-phone-register':
		'「サインイン方法の追加」で「Microsoft Authenticator」を選んで「追加」を押し、新しいスマートフォンにアプリを入れて QR コードを読み取ります。',
	'manage.guide.lost-phone-clean-up':
		'古いスマートフォンの行の「削除」、「OK」を押し、「サインアウト」してから、同じパスでもう一度「サインイン」してみます。',
	// The practice's own pages and words, never presented as Microsoft's.
	'practice.manage.helpdesk.title': '窓口（練習）',
	'practice.manage.helpdesk.body':
		'スマートフォンをなくし、ほかに登録した方法もありません。窓口で本人確認を受けると、一時アクセス パスが発行されます。',
	'practice.manage.helpdesk.ask': '一時アクセス パスを受け取る',
	'phone.handsets.holding.old': '手にしているのは：古いスマートフォン',
	'phone.handsets.holding.new': '手にしているのは：新しいスマートフォン',
	'phone.handsets.take.old': '古いスマートフォンに持ち替える',
	'phone.handsets.take.new': '新しいスマートフォンに持ち替える',
	'practice.manage.listNote': '練習用の一覧です。実際のページには、自分が登録した方法と端末が表示されます。',
	'practice.manage.pass': '窓口で受け取ったパス（練習）: {code}（{time} まで、1 回限り）',
	'error.choose-add-app': 'この練習では「Microsoft Authenticator」を選んで「追加」を押してください。',
	'error.manage-add-first': 'この練習では、先に新しいスマートフォンを追加します。「サインイン方法の追加」を押してください。',
	'error.manage-delete-old': 'この練習で削除するのは、なくした古いスマートフォンの行です。「キャンセル」を押して選び直してください。',
	'error.manage-delete-first': '先に、なくした古いスマートフォンの行を「削除」してください。',
	'error.manage-sign-out': 'この練習では、次に「サインアウト」を押して、同じパスでもう一度サインインしてみます。',
	'error.manage-check-first': 'この練習では、次に「サインアウト」を押し、もう一度サインインして新しいスマートフォンで承認します。',
	'error.manage-old-row': 'この練習で削除するのは、古いスマートフォンの行です。「キャンセル」を押して選び直してください。',
	'error.manage-approve-on-phone': 'この練習では、スマートフォンの通知に PC の数字を入力して「はい」を押します。',
	'error.manage-change-default': 'この練習では、「既定のサインイン方法」の横の「変更」を押します。',
	'error.choose-default-app': 'この練習では「Microsoft Authenticator - 通知」を選んで「確認」を押してください。',
	'error.choose-default-sms': 'この練習では「電話 - テキスト」の方法を選んで「確認」を押してください。',
} as const;
