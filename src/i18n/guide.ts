import { isKey, pick, t } from './index';
import { LANGS, type Lang } from './locales';

/*
 * Compatibility shim, no strings of its own: the simulator's guide lines are the keys
 * guide.<step id> and guide.<method>:<step id> of the dictionaries (src/i18n/ja.ts, en.ts).
 * Kept, with the names it always exported, for src/islands/simulator/Simulator.astro.
 */

/** The line for a step: the method's own where the methods differ, else the shared one, else "". */
export function guideFor(lang: Lang, method: string, step: string): string {
	const own = `guide.${method}:${step}`;
	const shared = `guide.${step}`;
	return isKey(own) ? t(lang, own) : isKey(shared) ? t(lang, shared) : '';
}

const build = () =>
	Object.fromEntries(
		LANGS.map((lang) => [lang, Object.keys(pick(lang, ['guide.'])).map((key) => key.slice('guide.'.length))]),
	) as Record<Lang, string[]>;

/** Each language's guide keys, without their "guide." prefix ("setup-sign-in", "code:setup-enter-code"). */
export const GUIDE_KEYS: Readonly<Record<Lang, string[]>> = /* @__PURE__ */ build();
