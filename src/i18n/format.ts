import { type Lang, LOCALES } from './locales';

/*
 * Formatting shared by the build and the pages' scripts. No dictionary is imported here
 * (client scripts import this file and get their strings as JSON from the page).
 */

/** Values for `{name}` placeholders. */
export type Values = Readonly<Record<string, string | number>>;

/**
 * Replaces each `{name}` with its value. A placeholder without a value is left as it is,
 * `{name}`, so that a missing value shows on the page and a test can catch it.
 */
export function fill(text: string, values: Values = {}): string {
	return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
		Object.hasOwn(values, name) && values[name] != null ? String(values[name]) : whole,
	);
}

/**
 * A template's pieces, each `{name}` replaced by its value, which may be anything: a link or
 * another element, for a line that fill() cannot make because part of it is markup
 * ("{link}：{text}"). A placeholder without a value is left as it is, as fill() leaves it.
 */
export function fillParts<T>(text: string, values: Readonly<Record<string, T>>): (string | T)[] {
	return text
		.split(/(\{\w+\})/)
		.filter(Boolean)
		.map((part) => {
			const name = /^\{(\w+)\}$/.exec(part)?.[1];
			return name !== undefined && Object.hasOwn(values, name) ? (values[name] as T) : part;
		});
}

/**
 * A list in running text, as the language writes it (Intl.ListFormat with the locale's
 * `intl` tag): listOf('ja', ['A', 'B', 'C']) → "A、B、C", listOf('en', …) → "A, B, and C";
 * type 'disjunction' joins with "or" ("A、B、またはC" / "A, B, or C").
 */
export function listOf(lang: Lang, items: readonly string[], type: Intl.ListFormatType = 'conjunction'): string {
	return new Intl.ListFormat(LOCALES[lang].intl, { type, style: 'long' }).format(items);
}
