// The embed page's enhancement, imported by EmbedLayout's gate unless the URL says static=1:
// the chart's tooltips and keyboard reading, the height report to the host page, and its theme.
import '../../components/chart-figure';
import { reportHeight } from './height';
import { followTheme } from './theme';
import { fetcher, fillTable, swapSvgs } from '../../components/chart-full';

const root = document.documentElement;
const id = root.dataset.embedId;
const framed = window.parent !== window;
const resend = id && framed ? reportHeight(id, root, window.parent) : () => {};
// A host script that loaded after our first report missed it: answer its first message with our height.
followTheme(root, window, resend);

// First interaction: fetch what the first paint left out (tooltip data, the table), then, for a
// chart drawn live by vega, its runtime. An embed is in view the moment it loads, so "when visible"
// would mean always: the runtime (~185 KB) waits for the reader's intent instead.
const figure = document.querySelector<HTMLElement>('chart-figure');
const details = document.querySelector<HTMLDetailsElement>('details[data-embed-data]');
const fullUrl = root.dataset.embedFull;
if (figure && fullUrl) {
  const full = fetcher(fullUrl);
  let upgraded: Promise<void> | undefined;
  const upgrade = () =>
    (upgraded ??= full()
      .then((f) => {
        swapSvgs(figure, f);
        figure.dispatchEvent(new CustomEvent('chart:rerender'));
        if (details) fillTable(details, f);
        if (figure.dataset.runtime === 'vega') return import('./live-vega').then(() => undefined);
      })
      .catch(() => {
        /* offline or gone: the lite chart and the link to the chart page remain */
      }));
  for (const type of ['pointerenter', 'focusin', 'touchstart']) figure.addEventListener(type, upgrade, { once: true, passive: true });
  details?.addEventListener('toggle', () => details.open && void upgrade());
}
