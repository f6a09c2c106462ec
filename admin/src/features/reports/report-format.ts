/** A rate 0…1 as a percentage with one decimal; nothing measured is a dash, never "0%". */
export function formatRate(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return '—';
  return `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

/** Average satisfaction (1–5) with one decimal, or a dash when no visit was scored. */
export function formatScore(score: number | null | undefined): string {
  if (score === null || score === undefined || !Number.isFinite(score)) return '—';
  return score.toFixed(1);
}
