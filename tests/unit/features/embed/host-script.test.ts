import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildHostScript } from '../../../../src/features/embed/host/build';
import { FRAME_ATTRIBUTE, HEIGHT_TYPE, THEME_TYPE } from '../../../../src/lib/embed-protocol';

describe('/embed.js build', () => {
  it('is one small self-contained classic script', async () => {
    const js = await buildHostScript();
    // No module syntax and no loading of anything else: a host pastes a plain <script src>.
    expect(js).not.toMatch(/\bimport\s*[({"'*]|\bexport\s|\brequire\(/);
    expect(js).not.toMatch(/https?:\/\//);
    expect(js.trim()).toMatch(/^"use strict";\(\(\)=>\{[\s\S]*\}\)\(\);$/);
    for (const s of [HEIGHT_TYPE, THEME_TYPE, FRAME_ATTRIBUTE]) expect(js).toContain(s);
    const gz = gzipSync(js, { level: 9 }).length;
    console.log(`embed.js: ${js.length} B, ${gz} B gzip`);
    expect(gz).toBeLessThan(2048);
  });

  it('is byte-identical from build to build', async () => {
    expect(await buildHostScript()).toBe(await buildHostScript());
  });
});
