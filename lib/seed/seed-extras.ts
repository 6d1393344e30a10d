/**
 * What the seed adds beside facts.json: display names and tickers of the five capex companies
 * (facts.json names them in English only) and the qualifications that shared/report/README.md
 * asks the dashboard to show next to three of the note's model rows.
 */
type CapexCompany = { nameEn: string; nameZh: string; ticker: string };

const CAPEX_COMPANIES: Record<string, CapexCompany> = {
  Microsoft: { nameEn: "Microsoft", nameZh: "微软", ticker: "MSFT" },
  Alphabet: { nameEn: "Alphabet", nameZh: "Alphabet（谷歌）", ticker: "GOOGL" },
  Amazon: { nameEn: "Amazon", nameZh: "亚马逊", ticker: "AMZN" },
  Meta: { nameEn: "Meta", nameZh: "Meta", ticker: "META" },
  Apple: { nameEn: "Apple", nameZh: "苹果", ticker: "AAPL" },
};

/** The display record of a capex company named in facts.json; an unknown name is a facts error. */
export function capexCompany(name: string): CapexCompany {
  const company = CAPEX_COMPANIES[name];
  if (!company) throw new Error(`facts.json names an unknown capex company: ${name}`);
  return company;
}

export const MODEL_CAVEATS: Record<string, { zh: string; en: string }> = {
  o1: {
    zh: "300B 为研报所列数字，OpenAI 并未公开 o1 的参数量。研报原表写作“GPT-o1”。",
    en: "300B is the note's figure; OpenAI has not disclosed o1's parameter count. The note's table prints it as “GPT-o1”.",
  },
  "deepseek-r1": {
    zh: "DeepSeek-R1 为混合专家（MoE）模型，激活参数 37B；研报表格未标注 MoE。",
    en: "DeepSeek-R1 is a mixture-of-experts model with 37B active parameters, though the note's table does not mark it MoE.",
  },
  "yi-vl": {
    zh: "Yi-VL 是视觉-语言模型，研报表格将其模态列为“文本；文本”。",
    en: "Yi-VL is a vision-language model, though the note's table lists its modalities as text;text.",
  },
};
