/**
 * The words a reader meets on a built page, read from its HTML without a browser: the text of
 * the page (its title, the body's text), the names and hints of its controls (aria-label,
 * title, alt, placeholder), the page's description, the words it hands its scripts (data-*
 * attributes, JSON in <script type="application/json">), and its <template>s (shown later).
 * Each comes with where it was found, for the messages.
 *
 * Left out: scripts and styles (code), <code> and <kbd> (what a reader types or reads as it
 * is), and anything inside an element whose `lang` says it is in another language than the
 * page (a language's own name in the language switch, a cited source's title).
 */

export interface Words {
	text: string;
	where: string;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const VERBATIM = new Set(['code', 'kbd', 'samp', 'pre']);
const NAMES = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'title', 'alt', 'placeholder']);
/** An id, a path, a number, a code: not words (a lower-case string without spaces, as step ids and paths are). */
const TOKEN = /^[a-z0-9./#?&=:%+_-]*$/;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const decode = (text: string) =>
	text.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (whole, name: string) =>
		name[0] === '#'
			? String.fromCodePoint(
					Number.parseInt(name.slice(name[1] === 'x' || name[1] === 'X' ? 2 : 1), name[1]?.toLowerCase() === 'x' ? 16 : 10),
				)
			: (ENTITIES[name] ?? whole),
	);

function attributesOf(source: string): Map<string, string> {
	const attributes = new Map<string, string>();
	for (const m of source.matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
		attributes.set(m[1]!.toLowerCase(), decode(m[2] ?? m[3] ?? m[4] ?? ''));
	}
	return attributes;
}

/** Every string in a JSON value, with its path. */
function* jsonStrings(value: unknown, path: string): Generator<Words> {
	if (typeof value === 'string') {
		if (!TOKEN.test(value)) yield { text: value, where: path };
	} else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* jsonStrings(item, `${path}[${i}]`);
	else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) yield* jsonStrings(item, `${path}.${key}`);
}

export function pageWords(html: string, lang: string): Words[] {
	const words: Words[] = [];
	// The open elements: their tag, and whether their text is left out.
	const open: { tag: string; skip: boolean }[] = [];
	const skipping = () => open.at(-1)?.skip ?? false;
	const place = () =>
		open
			.map((e) => e.tag)
			.filter((tag) => !['html', 'div', 'span', 'p'].includes(tag))
			.slice(-3)
			.join(' > ');
	let inBody = false;
	let i = 0;
	while (i < html.length) {
		if (html.startsWith('<!--', i)) {
			i = html.indexOf('-->', i) + 3;
			continue;
		}
		const tag = /^<(\/?)([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/.exec(html.slice(i, i + 20000));
		if (html[i] === '<' && html[i + 1] === '!') {
			i = html.indexOf('>', i) + 1;
			continue;
		}
		if (!tag) {
			const end = html.indexOf('<', i + 1);
			const text = decode(html.slice(i, end < 0 ? html.length : end));
			const title = open.at(-1)?.tag === 'title';
			if ((inBody || title) && !skipping() && text.trim()) words.push({ text, where: place() });
			i = end < 0 ? html.length : end;
			continue;
		}
		i += tag[0].length;
		const [, closing, rawName, rawAttributes = ''] = tag;
		const name = rawName!.toLowerCase();
		if (closing) {
			const at = open.map((e) => e.tag).lastIndexOf(name);
			if (at >= 0) open.length = at;
			continue;
		}
		const attributes = attributesOf(rawAttributes);
		if (name === 'body') inBody = true;
		if (name === 'script' || name === 'style') {
			const end = html.indexOf(`</${name}>`, i);
			if (name === 'script' && attributes.get('type') === 'application/json' && !skipping()) {
				words.push(...jsonStrings(JSON.parse(html.slice(i, end)), `${place()} > script#${attributes.get('id') ?? ''}`));
			}
			i = end + name.length + 3;
			continue;
		}
		const own = attributes.get('lang');
		const skip = skipping() || VERBATIM.has(name) || (own !== undefined && own !== lang);
		const here = `${place()} > ${name}`;
		if (!skip) {
			for (const [attribute, value] of attributes) {
				const where = `${here}[${attribute}]`;
				if (attribute.startsWith('data-') && /^[[{]/.test(value)) words.push(...jsonStrings(JSON.parse(value), where));
				else if ((NAMES.has(attribute) || (attribute.startsWith('data-') && !TOKEN.test(value))) && value.trim())
					words.push({ text: value, where });
			}
			if (name === 'meta' && attributes.get('name') === 'description') words.push({ text: attributes.get('content') ?? '', where: here });
		}
		if (!VOID.has(name) && !rawAttributes.trimEnd().endsWith('/')) open.push({ tag: name, skip });
	}
	return words;
}

/** Kana, kanji and Japanese punctuation (「」、。・ and full-width forms). */
const JAPANESE = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/;
/**
 * Data in any language: addresses, paths, e-mail addresses and domain names, `{placeholders}`
 * (a script fills them in), and a phone number with its digits hidden (+81 XXXXXXXX78).
 */
const DATA = /https?:\/\/\S+|(?<!\S)\/[\w./#?=&%-]*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[a-z][\w-]*)+\b|\{+\w+\}+|\bX{2,}\d+/g;
/** A word in plain ASCII letters, as English is written. */
const ENGLISH = /[A-Za-z]{2,}/;

/** The words that are Japanese or plain English: what a page in `lang` (a pseudo-language) must not show. */
export function leaks(words: Words[]): Words[] {
	return words.filter(({ text }) => JAPANESE.test(text) || ENGLISH.test(text.replace(DATA, ' ')));
}
