import { describe, expect, it } from 'vitest';
import { frameOrigin, senderFrame, type FrameLike } from '../../../../src/features/embed/host/frames';

const base = 'https://host.example/article/';
const winA = { name: 'A' };
const winB = { name: 'B' };
const frame = (contentWindow: unknown, src: string, marker: string | null = ''): FrameLike => ({
  contentWindow,
  src,
  getAttribute: (n) => (n === 'data-genai-embed' ? marker : null),
});

describe('host: which frame sent a message', () => {
  const a = frame(winA, 'https://charts.example/embed/a/', 'a');
  const b = frame(winB, 'https://charts.example/embed/b/', 'b');

  it('finds the frame whose window is the source', () => {
    expect(senderFrame([a, b], winB, 'https://charts.example', base, 'b')).toBe(b);
  });

  it('ignores a source that is none of the frames (the page itself, another window)', () => {
    expect(senderFrame([a, b], { name: 'other' }, 'https://charts.example', base, 'a')).toBeNull();
    expect(senderFrame([a, b], null, 'https://charts.example', base, 'a')).toBeNull();
  });

  it('ignores a frame whose document is not on the src origin (navigated away)', () => {
    expect(senderFrame([a, b], winA, 'https://evil.example', base, 'a')).toBeNull();
  });

  it('ignores a message naming another chart than the frame', () => {
    expect(senderFrame([a, b], winA, 'https://charts.example', base, 'b')).toBeNull();
  });

  it('accepts any chart id when the marker has no value', () => {
    expect(senderFrame([frame(winA, 'https://charts.example/embed/a/')], winA, 'https://charts.example', base, 'a')).not.toBeNull();
  });

  it('resolves relative srcs against the host page', () => {
    expect(frameOrigin('/embed/a/', base)).toBe('https://host.example');
    expect(senderFrame([frame(winA, '/embed/a/', 'a')], winA, 'https://host.example', base, 'a')).not.toBeNull();
  });

  it('has no origin for about:, data: or broken srcs', () => {
    expect(frameOrigin('about:blank', base)).toBeNull();
    expect(frameOrigin('data:text/html,x', base)).toBeNull();
    expect(frameOrigin('http://[', base)).toBeNull();
  });
});
