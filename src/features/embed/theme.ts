import { asThemeMessage } from '../../lib/embed-protocol';

/**
 * Keep <html data-theme> in step with the host page (messages from /embed.js) or, until the host
 * speaks, with the system setting. A theme fixed by `?theme=light|dark` never changes. Only the
 * parent window may set the theme; `onFirstHostMessage` runs once, when the host is first heard.
 */
export function followTheme(root: HTMLElement, win: Window, onFirstHostMessage: () => void): void {
  const fixed = root.hasAttribute('data-theme-fixed');
  let heardHost = false;
  const media = win.matchMedia('(prefers-color-scheme: dark)');
  media.addEventListener('change', () => {
    if (!fixed && !heardHost) root.dataset.theme = media.matches ? 'dark' : 'light';
  });
  win.addEventListener('message', (event) => {
    if (win.parent === win || event.source !== win.parent) return;
    const msg = asThemeMessage(event.data);
    if (!msg) return;
    if (!fixed) root.dataset.theme = msg.scheme;
    if (!heardHost) {
      heardHost = true;
      onFirstHostMessage();
    }
  });
}
