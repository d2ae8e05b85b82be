import { describe, expect, it } from 'vitest';
import { liteSvg } from '../../../src/kit/lite-svg';

const root = '<svg role="img" aria-labelledby="t" aria-describedby="d" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720.123 400.55" width="100%">';

describe('liteSvg', () => {
  it('keeps the root element exactly, including its accessible name and exact viewBox', () => {
    expect(liteSvg(`${root}<g/></svg>`).startsWith(root)).toBe(true);
  });

  it('drops per-mark tooltip data and mark roles', () => {
    const out = liteSvg(`${root}<circle class="datum" data-series="S" data-label="Editors" data-value="0.65" cx="1" cy="2" r="5"/><path role="graphics-symbol" aria-roledescription="point" aria-label="S · May · 6.2" d="M0,0"/></svg>`);
    expect(out).not.toMatch(/data-series|data-label|data-value|aria-label="S|aria-roledescription|graphics-symbol/);
    expect(out).toContain('<circle class="datum" cx="1" cy="2" r="5"/>');
  });

  it('drops fully transparent marks, keeps faint ones', () => {
    const out = liteSvg(`${root}<path d="M1,1" opacity="0"/><path d="M2,2" opacity="0.5"/><path d="M3,3" fill-opacity="0"/></svg>`);
    expect(out).not.toContain('M1,1');
    expect(out).toContain('M2,2');
    expect(out).toContain('M3,3');
  });

  it('rounds geometry to one decimal but never touches visible text', () => {
    const out = liteSvg(`${root}<path transform="translate(414.7577969,-9)" d="M0,313.779L5.348,312.374"/><text x="10.456" y="3">0.00 and 1.2345</text></svg>`);
    expect(out).toContain('transform="translate(414.7,-9)"');
    expect(out).toContain('d="M0,313.7L5.3,312.3"');
    expect(out).toContain('<text x="10.4" y="3">0.00 and 1.2345</text>');
  });

  it('rounds small dot centres to whole units (both coordinates, any order); larger dots keep one decimal', () => {
    const out = liteSvg(`${root}<g><circle cx="71.04" cy="352.51" r="2.6"/><circle r="2" cy="-0.4" cx="9.5"/><circle cx="40.12" cy="109.27" r="4"/></g><path d="M1.25,2.25"/></svg>`);
    expect(out).toContain('<circle cx="71" cy="353" r="2.6"/>');
    expect(out).toContain('<circle r="2" cy="0" cx="10"/>');
    expect(out).toContain('<circle cx="40.1" cy="109.2" r="4"/>');
    expect(out).toContain('d="M1.2,2.2"');
  });

  it('refuses anything but an SVG', () => {
    expect(() => liteSvg('<div></div>')).toThrow(/expected an <svg>/);
  });
});
