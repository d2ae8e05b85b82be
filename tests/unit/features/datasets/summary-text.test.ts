import { describe, expect, it } from 'vitest';
import { summaryText } from '../../../../src/features/datasets/summary-text';

describe('summaryText', () => {
  it('strips markup and keeps short text whole', () => {
    expect(summaryText('Used by <Stat id="x"/> in prose.')).toBe('Used by in prose.');
  });
  it('cuts long text at a sentence end when one is far enough in', () => {
    const t = 'A'.repeat(120) + '. ' + 'B'.repeat(200);
    expect(summaryText(t)).toBe('A'.repeat(120) + '.');
  });
  it('otherwise cuts at a word boundary with an ellipsis', () => {
    const t = 'word '.repeat(100);
    const s = summaryText(t, 50);
    expect(s.length).toBeLessThanOrEqual(51);
    expect(s.endsWith('…')).toBe(true);
  });
});
