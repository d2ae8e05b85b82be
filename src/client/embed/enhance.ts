// The embed page's enhancement, imported by EmbedLayout's gate unless the URL says static=1:
// report the height to the host page and follow its colour scheme.
import { reportHeight } from './height';
import { followTheme } from './theme';

const root = document.documentElement;
const id = root.dataset.embedId;
const framed = window.parent !== window;
const resend = id && framed ? reportHeight(id, root, window.parent) : () => {};
// A host script that loaded after our first report missed it: answer its first message with our height.
followTheme(root, window, resend);
