/**
 * Checks that Chinese text reads as a Chinese analyst writes it, shared by the messages' unit test and
 * the end-to-end crawl of every zh page and export: full-width punctuation next to Chinese, one space
 * between Chinese and Latin letters or digits (none next to full-width punctuation), and no English
 * sentence outside names of products, documents and sources.
 */

const HAN = "\\u3400-\\u9fff";
export const FULL_WIDTH_PUNCTUATION = "，。：；（）“”、《》！？";

/** Names that are several Latin words and stay as they are on a Chinese page (product, project, source and document names). */
export const LATIN_NAMES_ALLOWED_IN_ZH = [
  "AI Capex Lens",
  "The Stargate Project",
  "Stanford ecosystem graphs",
  "Massive Multitask Language Understanding",
  "DeepSeek-V3 Technical Report",
] as const;

// Short English words that never appear in a name the page may show; two Latin words with one of them are a phrase.
const ENGLISH_FUNCTION_WORDS = new Set([
  "a",
  "an",
  "the",
  "of",
  "and",
  "or",
  "to",
  "in",
  "on",
  "at",
  "by",
  "for",
  "from",
  "with",
  "as",
  "is",
  "are",
  "was",
  "not",
  "no",
  "per",
  "has",
  "have",
  "its",
  "this",
  "that",
]);

function snippet(text: string, index: number, length: number): string {
  return text.slice(Math.max(0, index - 6), index + length + 6);
}

function findAll(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(pattern)].map((match) => snippet(text, match.index, match[0].length));
}

/**
 * Half-width , : ; ( ) right next to a Chinese character (spaces between allowed). With `placeholdersAsChinese`
 * a message's {placeholder} counts as Chinese text too, since in zh it is filled with Chinese words.
 */
export function halfWidthPunctuationNextToChinese(
  text: string,
  options: { placeholdersAsChinese?: boolean } = {},
): string[] {
  const chinese = options.placeholdersAsChinese ? `[${HAN}{}]` : `[${HAN}]`;
  return findAll(text, new RegExp(`${chinese} ?[,:;()]|[,:;()] ?${chinese}`, "gu"));
}

/**
 * A Chinese character touching a Latin letter or digit ("2024年"), a space between two Chinese characters
 * ("小时 对比"), or a space beside full-width punctuation ("亿美元 ，").
 */
export function cjkSpacingIssues(text: string): string[] {
  return [
    ...findAll(text, new RegExp(`[${HAN}][A-Za-z0-9]|[A-Za-z0-9][${HAN}]|[${HAN}] +[${HAN}]`, "gu")),
    ...findAll(text, new RegExp(` [${FULL_WIDTH_PUNCTUATION}]|[${FULL_WIDTH_PUNCTUATION}] `, "gu")),
  ];
}

/**
 * Runs of Latin words that read as an English phrase: three or more words, or two with a function word
 * ("as cited"), once the allowed names are taken out. Single names ("DeepSeek-R1", "OpenAI o1", "Scaling Law")
 * and codes pass.
 */
export function latinSentences(text: string, allowed: readonly string[] = LATIN_NAMES_ALLOWED_IN_ZH): string[] {
  const stripped = allowed.reduce((rest, name) => rest.split(name).join(" · "), text);
  const runs = stripped.match(/[A-Za-z0-9(][\w'’.,&/+()–-]*(?:[ \t]+[\w'’.,&/+()–-]+)*/g) ?? [];
  return runs.filter((run) => {
    const words = run
      .split(/\s+/)
      .map((token) => token.replace(/^[(]+|[.,;:)]+$/g, ""))
      .filter((token) => /[A-Za-z]/.test(token));
    return (
      words.length >= 3 || (words.length === 2 && words.some((word) => ENGLISH_FUNCTION_WORDS.has(word.toLowerCase())))
    );
  });
}

/**
 * A text recorded as its source printed it, set in Chinese typography for a zh page: half-width
 * brackets around Chinese words become full-width, without the space before them ("增持 (维持)" →
 * "增持（维持）"). Latin-only brackets ("(MMLU)" in an English name) stay as they are.
 */
export function withFullWidthBrackets(text: string): string {
  return text.replace(new RegExp(`\\s*\\(([^()]*[${HAN}][^()]*)\\)`, "g"), "（$1）");
}

/**
 * A name set before Chinese words in a zh sentence ("{companies}按…"): one space after a Latin name
 * ("Meta 按"), none after a Chinese one ("微软按") or a full-width bracket ("Alphabet（谷歌）的").
 */
export function beforeChinese(text: string): string {
  return /[A-Za-z0-9]$/.test(text) ? `${text} ` : text;
}

/** A question mark after Chinese words is full-width ("范式?" → "范式？"), as the note's title reads in Chinese type. */
export function withFullWidthQuestionMarks(text: string): string {
  return text.replace(new RegExp(`([${HAN}])\\s*\\?`, "gu"), "$1？");
}

/**
 * An analyst's name in the zh edition with the degree the note prints after it ("黄乐平, PhD" →
 * "黄乐平，PhD"): the record keeps the degree in the English name only ("Leping Huang, PhD").
 */
export function zhNameWithDegree(nameZh: string, nameEn: string): string {
  const degree = /,\s*(PhD)$/.exec(nameEn)?.[1];
  return degree && !nameZh.includes(degree) ? `${nameZh}，${degree}` : nameZh;
}
