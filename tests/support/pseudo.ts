import ts from 'typescript';

/**
 * A pseudo-language made from English, for proving that a language is data: every Latin letter
 * becomes a look-alike with a diacritic (a → ȧ, S → Ṡ), so its text reads, wraps and fills like
 * English, yet none of its words is written in ASCII letters. Text on a page in this language
 * that still has a plain English word (or any Japanese) came from somewhere other than its
 * dictionary and its pages.
 *
 * `{placeholders}` (and Starlight's `{{placeholders}}`) and addresses are kept as they are: they
 * are filled in or followed, not read.
 */

const LOWER = Array.from('ȧƀċḋėḟġḣıĵķŀṁṅȯṗʠṙṡṫůṿẇẋẏż');
const UPPER = Array.from('ȦḂĊḊĖḞĠḢİĴĶĿṀṄȮṖǪṘṠṪŮṾẆẊẎŻ');

const letter = (c: string) => {
	const code = c.charCodeAt(0);
	return code >= 97 ? LOWER[code - 97]! : UPPER[code - 65]!;
};

export function pseudo(text: string): string {
	return text.replace(/\\.|\{+\w+\}+|https?:\/\/[^\s)]+|[A-Za-z]/g, (match) => (match.length === 1 ? letter(match) : match));
}

/** The same change for every value of a dictionary, keys kept. */
export const pseudoDictionary = (dictionary: Readonly<Record<string, string>>): Record<string, string> =>
	Object.fromEntries(Object.entries(dictionary).map(([key, value]) => [key, pseudo(value)]));

/*
 * The pages of the pseudo-language are the English ones (content/en/) with their prose changed
 * the same way, as a translator would translate them: the words a reader reads (Markdown text,
 * the titles of asides, the strings of an expression such as the overview's "For each of the
 * two methods…"), never the code (component names and props, ids, paths, `inline code`, the
 * arguments of a call such as t('xx', 'key')).
 */

/** Props of the chapters' components that hold words a reader sees. */
const TEXT_PROPS = new Set(['title', 'label', 'alt']);

/** Whether a literal is code rather than words: a call's argument (t('xx', 'key')), a comparison's operand, a prop such as href. */
function isCode(node: ts.Node): boolean {
	const parent = node.parent;
	if (ts.isCallExpression(parent)) return parent.arguments.some((argument) => argument === node);
	if (ts.isBinaryExpression(parent)) return parent.operatorToken.kind !== ts.SyntaxKind.PlusToken;
	if (ts.isJsxAttribute(parent)) return !TEXT_PROPS.has(parent.name.getText());
	if (ts.isPropertyAssignment(parent)) return parent.name === node;
	return ts.isElementAccessExpression(parent) || ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent);
}

/**
 * JavaScript of a page with the words of its strings and JSX text in the pseudo-language: an
 * expression (`{count > 1 ? `For each of the ${…} methods` : '…'}`, JSX included), or with
 * `statements`, the page's imports and exports, where only a string with a space is words (the
 * others are ids and keys: `app === 'code' ? 'setup-choose-app' : …`). Parsed by TypeScript, so
 * comments, escapes and nested templates are read as JavaScript reads them.
 */
export function pseudoCode(code: string, { statements = false } = {}): string {
	// An expression is parsed in brackets, so that an object or JSX reads as one.
	const [open, close] = statements ? ['', ''] : ['(', '\n)'];
	const text = `${open}${code}${close}`;
	const source = ts.createSourceFile('page.tsx', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
	const edits: { start: number; end: number }[] = [];
	const words = (start: number, end: number) => {
		if (!statements || /\s/.test(text.slice(start, end))) edits.push({ start, end });
	};
	const visit = (node: ts.Node): void => {
		const start = node.getStart(source);
		if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
			if (!isCode(node)) words(start + 1, node.end - 1);
			return;
		}
		if (ts.isTemplateExpression(node) && isCode(node)) return;
		if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node)) words(start + 1, node.end - 2);
		else if (ts.isTemplateTail(node)) words(start + 1, node.end - 1);
		else if (ts.isJsxText(node)) words(node.pos, node.end);
		ts.forEachChild(node, visit);
	};
	visit(source);
	let out = text;
	for (const { start, end } of edits.sort((a, b) => b.start - a.start))
		out = out.slice(0, start) + pseudo(out.slice(start, end)) + out.slice(end);
	return out.slice(open.length, out.length - close.length);
}

interface Attribute {
	type: string;
	name?: string;
	value?: unknown;
}

/** The one method of Sätteri's visitor context this plugin uses (node_modules/satteri/dist/mdast/mdast-visitor.d.ts). */
interface Context {
	setProperty(node: object, key: string, value: unknown): void;
}

/**
 * A Sätteri Markdown plugin (Astro's Markdown and MDX processor) that turns the prose of the
 * MDX files under `dir` into the pseudo-language.
 */
export const pseudoProse =
	(dir: string) =>
	({ fileURL }: { fileURL: URL | undefined }) =>
		fileURL?.pathname.startsWith(dir) && {
			name: 'pseudo-prose',
			text: (node: { value: string }, ctx: Context) => ctx.setProperty(node, 'value', pseudo(node.value)),
			mdxTextExpression: (node: { value: string }, ctx: Context) => ctx.setProperty(node, 'value', pseudoCode(node.value)),
			mdxFlowExpression: (node: { value: string }, ctx: Context) => ctx.setProperty(node, 'value', pseudoCode(node.value)),
			mdxjsEsm: (node: { value: string }, ctx: Context) => ctx.setProperty(node, 'value', pseudoCode(node.value, { statements: true })),
			mdxJsxFlowElement: pseudoProps,
			mdxJsxTextElement: pseudoProps,
		};

/** An element whose words are in a prop (an aside's title) as a new element: Sätteri cannot set an element's attributes. */
function pseudoProps<Element extends { attributes: Attribute[] }>(node: Element): Element | undefined {
	const text = (a: Attribute) => a.type === 'mdxJsxAttribute' && typeof a.value === 'string' && TEXT_PROPS.has(a.name ?? '');
	if (!node.attributes.some(text)) return undefined;
	return { ...node, attributes: node.attributes.map((a) => (text(a) ? { ...a, value: pseudo(a.value as string) } : a)) };
}

/**
 * An English page as the pseudo-language's page: its title and description in the
 * pseudo-language, and the language it asks the site for (t('en', …), institution.name.en)
 * its own. Its prose is changed at build time, by pseudoProse.
 */
export function pseudoPage(source: string, lang: string): string {
	// A partial (content/en/_*.mdx) has no frontmatter.
	const [, frontmatter = '', body = source] = source.match(/^(---\n[\s\S]*?\n---\n)([\s\S]*)$/) ?? [];
	const fields = frontmatter.replace(
		/^(title|description): (["']?)(.*)\2$/gm,
		(_, field: string, quote: string, value: string) => `${field}: ${quote}${pseudo(value)}${quote}`,
	);
	return `${fields}${body}`.replace(/\('en'/g, `('${lang}'`).replace(/\b(name|hours)\.en\b/g, `$1.${lang}`);
}
