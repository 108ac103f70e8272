import type { Edition } from '../methods';
import type { SimulatorKey } from '.';
import type { Lang } from './locales';
import manageEn from './manage.en.ts?raw';
import manageJa from './manage.ja.ts?raw';
import { inLanguage, isLabel, parseDictionary } from './provenance';
import todayEn from './today.en.ts?raw';
import todayJa from './today.ja.ts?raw';

/**
 * The labels of today's screens that no source confirms in a language, read from the comments
 * beside them (./provenance.ts), so that the practice and the chapters' pictures can say, where
 * a student reads such a label, that the real screen may differ. Build time only: the sources
 * are read raw, and a page gets the list of keys.
 */
// Each language's files of labels (provenance.ts, LABEL_FILES): today's screens, and those after enrolment.
const SOURCES: Partial<Record<Lang, string[]>> = { ja: [todayJa, manageJa], en: [todayEn, manageEn] };
const entries = (sources: readonly string[]) => sources.flatMap((source) => parseDictionary(source));

// Today's screens were checked against Japanese and English sources apart. A language's line
// without a comment of its own follows the Japanese line's (as `npm run facts` counts it), and
// so does every line of a language without a today.<lang>.ts of its own.
const provenances = (lang: Lang) => {
	return inLanguage(entries(SOURCES.ja ?? []), entries(SOURCES[lang] ?? []));
};

const cache = new Map<Lang, SimulatorKey[]>();

/** The keys of the labels of today's screens marked UNVERIFIED in `lang` (none in the manual's edition, which is the seed). */
export function unverifiedKeys(lang: Lang, edition: Edition): SimulatorKey[] {
	if (edition === 'manual') return [];
	let keys = cache.get(lang);
	if (!keys) {
		keys = [...provenances(lang)].filter(([key, p]) => isLabel(key) && p.kind === 'unverified').map(([key]) => key as SimulatorKey);
		cache.set(lang, keys);
	}
	return keys;
}
