import { describe, expect, it } from 'vitest';
import { parseView, quote, serializeView } from '../../../../src/kit/views/view-params';
import { defaultView, type ViewDims } from '../../../../src/kit/view-dims';

// A chart with every dimension (options invented for the parser; real charts derive theirs from data).
const dims: ViewDims = {
  series: { label: 'Occupations', options: ['writing', 'software', 'clerical'].map((id) => ({ id, label: id })), default: ['writing', 'software', 'clerical'], min: 1 },
  time: { label: 'Months', min: '2016-05', max: '2024-08' },
  measure: { label: 'Measure', options: [{ id: 'index', label: 'Index' }, { id: 'share', label: 'Share' }], default: 'index' },
  rating: { label: 'Rated by', options: [{ id: 'human', label: 'Human' }, { id: 'gpt4', label: 'GPT-4' }], default: 'human' },
  score: { label: 'Score', options: ['alpha', 'beta', 'gamma'].map((id) => ({ id, label: id })), default: 'beta' },
  highlight: { label: 'Highlight', options: ['27-3043.00', '27-3041.00', '11-1011.00'].map((id) => ({ id, label: id })), default: ['27-3043.00'], max: 2 },
};

describe('parseView: good values', () => {
  it('no parameters: the default view, no notice, nothing requested', () => {
    expect(parseView('', dims)).toEqual({ view: defaultView(dims), notices: [], requested: false });
  });

  it('reads every key', () => {
    const { view, notices } = parseView('?series=software~writing&time=2020-01..2023-12&measure=share&rating=gpt4&score=gamma&highlight=11-1011.00&tab=table', dims);
    expect(notices).toEqual([]);
    // Series keep the options' order whatever the URL's order.
    expect(view).toEqual({ tab: 'table', series: ['writing', 'software'], time: { from: '2020-01', to: '2023-12' }, measure: 'share', rating: 'gpt4', score: 'gamma', highlight: ['11-1011.00'] });
  });

  it('either side of the time range may be empty', () => {
    expect(parseView('time=2020-01..', dims).view.time).toEqual({ from: '2020-01', to: '2024-08' });
    expect(parseView('time=..2019-12', dims).view.time).toEqual({ from: '2016-05', to: '2019-12' });
    expect(parseView('time=..', dims)).toMatchObject({ view: { time: { from: '2016-05', to: '2024-08' } }, notices: [] });
  });

  it('ignores unknown keys silently', () => {
    expect(parseView('utm_source=x&theme=dark&foo=<b>', dims)).toEqual({ view: defaultView(dims), notices: [], requested: false });
  });

  it('round-trips through serializeView, writing only what differs from the default', () => {
    const q = '?series=writing&time=2020-01..&measure=share&rating=gpt4&score=alpha&highlight=27-3041.00~11-1011.00&tab=table';
    const { view } = parseView(q, dims);
    expect(serializeView(view, dims)).toBe(q);
    expect(serializeView(defaultView(dims), dims)).toBe('');
    // An empty highlight set differs from the default and survives the round trip.
    const none = parseView('highlight=', dims).view;
    expect(none.highlight).toEqual([]);
    expect(parseView(serializeView(none, dims), dims).view.highlight).toEqual([]);
  });
});

describe('parseView: bad values keep the valid part and say what was dropped', () => {
  const cases: [string, string, Partial<ReturnType<typeof defaultView>>, RegExp][] = [
    ['unknown series among known ones', 'series=writing~astrology', { series: ['writing'] }, /Unknown series “astrology” ignored/],
    ['only unknown series', 'series=astrology~tarot', { series: ['writing', 'software', 'clerical'] }, /2 unknown series values ignored.*No known series left/s],
    ['reversed time', 'time=2023-01..2020-01', { time: { from: '2016-05', to: '2024-08' } }, /ends before it starts/],
    ['time start before the data', 'time=2010-01..2020-01', { time: { from: '2016-05', to: '2020-01' } }, /start “2010-01” is outside 2016-05..2024-08/],
    ['time end after the data', 'time=2020-01..2030-12', { time: { from: '2020-01', to: '2024-08' } }, /end “2030-12” is outside/],
    ['time not a month', 'time=2020-13..2021-02', { time: { from: '2016-05', to: '2021-02' } }, /start “2020-13” is not a month/],
    ['time without ..', 'time=2020', { time: { from: '2016-05', to: '2024-08' } }, /not understood/],
    ['unknown measure', 'measure=vibes', { measure: 'index' }, /Unknown measure “vibes” ignored \(one of: index, share\)/],
    ['unknown rating', 'rating=crowd', { rating: 'human' }, /Unknown rating/],
    ['unknown score', 'score=delta', { score: 'beta' }, /Unknown score/],
    ['unknown highlight code', 'highlight=27-3043.00~99-9999.99', { highlight: ['27-3043.00'] }, /Unknown highlight “99-9999.99”/],
    ['too many highlights', 'highlight=27-3043.00~27-3041.00~11-1011.00', { highlight: ['27-3043.00', '27-3041.00'] }, /At most 2 highlight/],
    ['unknown tab', 'tab=map', { tab: 'chart' }, /Unknown tab “map”/],
    ['an over-long value', `series=${'writing~'.repeat(80)}`, { series: ['writing', 'software', 'clerical'] }, /too long/],
  ];
  it.each(cases)('%s', (_label, q, expected, notice) => {
    const { view, notices, requested } = parseView(q, dims);
    expect(requested).toBe(true);
    expect(view).toMatchObject(expected);
    expect(notices.join(' ')).toMatch(notice);
  });

  it('markup in a value is never echoed into a notice', () => {
    for (const q of ['series=<img src=x onerror=alert(1)>', 'measure=<script>alert(1)</script>', 'time=<b>..</b>', 'tab="><svg onload=alert(1)>', 'highlight=%3Cscript%3E']) {
      const { notices } = parseView(q, dims);
      expect(notices.length, q).toBeGreaterThan(0);
      expect(notices.join(' '), q).not.toMatch(/[<>"]|script|onerror|onload/);
    }
  });

  it('quote() echoes only short runs of safe characters', () => {
    expect(quote('writing')).toBe('“writing”');
    expect(quote('<b>')).toBe('a value');
    expect(quote('x'.repeat(25))).toBe('a value');
  });

  it('a dimension the chart does not declare is ignored with a notice', () => {
    const { view, notices } = parseView('measure=share&series=writing', { time: dims.time! });
    expect(view).toEqual({ tab: 'chart', time: { from: '2016-05', to: '2024-08' } });
    expect(notices).toEqual(['This chart has no series choice; series ignored.', 'This chart has no measure choice; measure ignored.']);
  });
});
