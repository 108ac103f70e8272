/**
 * The screen finder (/screens/) in Japanese: spread into ja.ts; en.ts has the same keys from
 * finder.en.ts. The screens' own words are the simulator's (pc.*, phone.*); these are the
 * page's: its form, its counts and the labels of each screen's card.
 */

// Long strings are split by hand so that each line stays within 140 bytes (see ja.ts).
// biome-ignore format: the line breaks of the strings below are chosen by hand (see above).
export default {
	'sidebar.screens': '画面から手順を探す',
	'finder.search': '画面の言葉で探す',
	'finder.searchHint': '画面に出ている言葉を入れてください。日本語でも英語でも、全角でも半角でも探せます。',
	'finder.method': '認証方法',
	'finder.method.all': 'すべての方法',
	'finder.edition': '画面の版',
	'finder.edition.all': '両方',
	'finder.count': '{total} 画面のうち {shown} 画面',
	'finder.none':
		'当てはまる画面はありません。言葉を短くするか、認証方法と画面の版を「すべての方法」「両方」にしてください。',
	'finder.steps': 'この画面が出る手順',
	// The group of the practice after enrolment's screens, and its choice in the method filter.
	'finder.group.manage': '登録のあと（機種変更・紛失）',
	// A card's edition and device, and what its controls' names say about it: every name differs.
	'finder.where': '{edition}・{device}',
	'finder.about': '{edition}・{device}「{screen}」・{where}',
};
