import type finder from './finder.ja';

/** The screen finder in English, with the keys of finder.ja.ts. */

// Long strings are split by hand so that each line stays within 140 bytes (see ja.ts).
// biome-ignore format: the line breaks of the strings below are chosen by hand (see above).
export default {
	'sidebar.screens': 'Find a step by its screen',
	'finder.search': 'Search by a word on the screen',
	'finder.searchHint': 'Type any word the screen shows, in Japanese or in English; full-width and half-width letters both work.',
	'finder.method': 'Method',
	'finder.method.all': 'All methods',
	'finder.edition': 'Edition',
	'finder.edition.all': 'Both',
	'finder.count': '{shown} of {total} screens',
	'finder.none': 'No screen matches. Try a shorter word, or set the method to “All methods” and the edition to “Both”.',
	'finder.steps': 'Steps that show this screen',
	'finder.group.manage': 'After enrolment (a new or lost phone)',
	'finder.where': '{edition}, {device}',
	'finder.about': '{edition}, {device}, “{screen}”, {where}',
} as const satisfies Record<keyof typeof finder, string>;
