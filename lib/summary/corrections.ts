import type { AppLocale } from "@/i18n/routing";
import { formatStatedUsdMillions } from "@/lib/format";

/**
 * The errors the PDF's text extraction introduced into the note (see the report folder's README),
 * shown on the Summary as "as printed → corrected". Kept here rather than in messages because the
 * printed text is a verbatim quote, identical in both languages; only place and reason are translated.
 */
type Localized = Record<AppLocale, string>;

export type ExtractionCorrection = {
  id: string;
  where: Localized;
  asPrinted: string;
  /** The language of the quoted text (a garbled English name stays an English quote on the zh page). */
  asPrintedLang: AppLocale;
  corrected: Localized;
  reason: Localized;
};

export function extractionCorrections(figures: { v3CostUsdMillion: number }): ExtractionCorrection[] {
  const v3Cost = {
    zh: formatStatedUsdMillions(figures.v3CostUsdMillion, "zh"),
    en: formatStatedUsdMillions(figures.v3CostUsdMillion, "en"),
  };
  return [
    {
      id: "v3-cost",
      where: { zh: "思考#1，V3 训练成本", en: "Thesis 1, V3 training cost" },
      asPrinted: "合计成本约 557.6 百万美金",
      asPrintedLang: "zh",
      corrected: { zh: `合计成本约 ${v3Cost.zh}`, en: `about ${v3Cost.en} in total` },
      reason: {
        zh: "DeepSeek-V3 技术报告按 278.8 万 GPU 小时 × 2 美元/GPU 小时计算，得 557.6 万美元；提取文本中的单位“百万”把它放大了 100 倍。",
        en: "The DeepSeek-V3 report prices 2.788M GPU-hours at USD 2 each, which is USD 5.576 mn; the extracted unit (millions) inflates it a hundredfold.",
      },
    },
    {
      id: "o1",
      where: { zh: "思考#1", en: "Thesis 1" },
      asPrinted: "如 01",
      asPrintedLang: "zh",
      corrected: { zh: "如 o1（OpenAI o1）", en: "such as o1 (OpenAI o1)" },
      reason: {
        zh: "模型名由字母 o 和数字 1 组成，字母 o 被识别成了数字 0。",
        en: "The model's name is the letter o and 1; the extraction read a zero.",
      },
    },
    {
      id: "ai-four",
      where: { zh: "思考#2", en: "Thesis 2" },
      asPrinted: "北美四大 Al 公司",
      asPrintedLang: "zh",
      corrected: { zh: "北美四大 AI 公司", en: "the four big North American AI companies" },
      reason: { zh: "大写字母 I 被识别成了小写字母 l。", en: "A capital I was read as a lower-case l." },
    },
    {
      id: "chart2-title",
      where: { zh: "图表 2 标题", en: "Chart 2, title" },
      asPrinted: "因内介主流 AI 入侯至对 Ci",
      asPrintedLang: "zh",
      corrected: {
        zh: "国内外主流 AI 大模型对比",
        en: "国内外主流 AI 大模型对比 (mainstream AI models in China and abroad)",
      },
      reason: { zh: "标题文字提取时出现乱码。", en: "The title came out of the extraction garbled." },
    },
    {
      id: "chart2-openai",
      where: { zh: "图表 2", en: "Chart 2" },
      asPrinted: "OpenAl, GPT-o1",
      asPrintedLang: "zh",
      corrected: { zh: "OpenAI，o1", en: "OpenAI, o1" },
      reason: {
        zh: "同样是 I 被识别成 l；模型的正式名称为 o1，模型页在备注中保留研报原表的写法“GPT-o1”。",
        en: "The same I-for-l error; the model is called o1, and the Models view keeps the note's “GPT-o1” in a remark.",
      },
    },
    {
      id: "mmlu",
      where: { zh: "图表 4 注释", en: "Chart 4, note" },
      asPrinted: "Multilingual Massively Multilingual Understanding",
      asPrintedLang: "en",
      corrected: {
        zh: "Massive Multitask Language Understanding（大规模多任务语言理解）",
        en: "Massive Multitask Language Understanding",
      },
      reason: { zh: "MMLU 基准的正式名称。", en: "The MMLU benchmark's actual name." },
    },
  ];
}
