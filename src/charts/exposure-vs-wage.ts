import { defineChart } from '../kit/define-chart';
import { exposureCore, HIGHLIGHT, type ExposureRow } from './core/exposure-vs-wage';

/** GPTs-are-GPTs exposure (human-rated β by default) against BLS median annual wage, every occupation with both. */
export default defineChart<ExposureRow>({
  id: 'exposure-vs-wage',
  title: 'Writers and translators are among the most exposed, at middling pay',
  dek: 'Exposure index β of an occupation’s tasks to large language models (human-rated, 0–1: exposed tasks plus half of those needing extra software) against median annual wage, US$',
  datasets: ['occupation-exposure'],
  sourceIds: ['eloundou-2024', 'gpts-are-gpts-repo', 'bls-oews-2021'],
  transform(data) {
    const rows = data('occupation-exposure');
    for (const code of Object.keys(HIGHLIGHT)) {
      const r = rows.find((x) => x.onet_code === code);
      if (!r || r.median_wage === null) throw new Error(`occupation-exposure has no wage for highlighted occupation ${code}`);
    }
    return rows
      .filter((r) => r.median_wage !== null)
      .map((r) => ({
        onet_code: r.onet_code,
        title: r.title,
        exposure: r.human_beta,
        median_wage: r.median_wage!,
        highlight: HIGHLIGHT[r.onet_code]?.concept ?? null,
        human_alpha: r.human_alpha,
        human_beta: r.human_beta,
        human_gamma: r.human_gamma,
        gpt4_alpha: r.gpt4_alpha,
        gpt4_beta: r.gpt4_beta,
        gpt4_gamma: r.gpt4_gamma,
      }))
      .sort((a, b) => a.median_wage - b.median_wage || a.onet_code.localeCompare(b.onet_code));
  },
  ...exposureCore,
  notes: (data, rows) => [
    'β is the share of an occupation’s tasks a large language model could do in half the time (E1) plus half the share that would also need software built on it (E2), as defined by Eloundou et al.; ratings by human annotators. With JavaScript on, the chart can show α (E1 only) or γ (E1 + E2), or the GPT-4 ratings.',
    `Wages are BLS OEWS May 2021 medians for employees; self-employed freelancers are not in OEWS. ${data('occupation-exposure').length - rows.length} occupations without a published median are left out.`,
    'Several O*NET occupations share one BLS wage code, so some dots sit on the same wage.',
  ],
});
