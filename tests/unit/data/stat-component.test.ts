import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import SourceNote from '../../../src/components/SourceNote.astro';
import Stat from '../../../src/components/Stat.astro';
import { fixture } from './helpers';

const dataDir = fixture('valid');
let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});
const stat = (props: Record<string, unknown>) => container.renderToString(Stat, { props: { dataDir, ...props } });

describe('<Stat>', () => {
  it('renders the formatted figure as a link to its note, with label and source', async () => {
    expect(await stat({ id: 'writing-jobs' })).toBe(
      '<a class="stat" href="#fig-note-writing-jobs" data-figure-id="writing-jobs" ' +
        'title="Change in monthly jobs for writers. Source: Alpha et al. (2024).">\u22125.2%</a>',
    );
  });

  it('keeps the source decimals and prints the magnitude with abs', async () => {
    expect(await stat({ id: 'writing-earnings' })).toContain('>\u22125.20%</a>');
    expect(await stat({ id: 'writing-jobs', abs: true })).toContain('>5.2%</a>');
    expect(await stat({ id: 'share-points' })).toContain('>+3.8 percentage points</a>');
  });

  it('says who reported a grade S figure', async () => {
    expect(await stat({ id: 'platform-fee' })).toContain(
      'title="Monthly fee for the top plan. Source: Platform B (2023), as reported by Delta (2024).">$29</a>',
    );
  });

  it('accepts a format override and a plain span', async () => {
    expect(await stat({ id: 'revenue', format: { decimals: 0 } })).toContain('>$788 million</a>');
    expect(await stat({ id: 'revenue', link: false })).toMatch(/^<span class="stat" data-figure-id="revenue" title="[^"]+">\$787\.8 million<\/span>$/);
  });

  it('throws on an unknown id', async () => {
    await expect(stat({ id: 'no-such-figure' })).rejects.toThrow('Unknown figure id "no-such-figure"');
  });
});

describe('<SourceNote>', () => {
  it('renders one note per id, as the target of each Stat link', async () => {
    const html = await container.renderToString(SourceNote, { props: { dataDir, ids: ['platform-fee', 'writing-jobs', 'platform-fee'] } });
    expect(html.match(/<li /g)).toHaveLength(2);
    expect(html).toContain('<li id="fig-note-platform-fee">');
    expect(html).toContain('Source: Platform B (2023), as reported by Delta (2024), para. 4.');
    expect(html).toContain('<q>$29 a month</q>');
    expect(html.indexOf('fig-note-platform-fee')).toBeLessThan(html.indexOf('fig-note-writing-jobs'));
  });

  it('renders nothing for no ids', async () => {
    expect((await container.renderToString(SourceNote, { props: { dataDir, ids: [] } })).trim()).toBe('');
  });
});
