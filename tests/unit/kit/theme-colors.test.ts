import { describe, expect, it } from 'vitest';
import { lightTokens } from '../../../src/kit/theme-colors';

describe('lightTokens', () => {
  it('takes the light value of each light-dark() pair, and plain values as they are', () => {
    expect(lightTokens(':root { color-scheme: light dark; --a: light-dark(#111111, #eeeeee); --b: #222222; }')).toEqual({ a: '#111111', b: '#222222' });
  });

  it('reads every token of src/styles/tokens.css as one colour', () => {
    const tokens = lightTokens();
    expect(Object.keys(tokens)).toContain('paper');
    for (const [name, value] of Object.entries(tokens)) expect(value, name).toMatch(/^#[0-9a-f]{3,6}$/i);
  });
});
