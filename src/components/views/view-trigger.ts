// Loads the views client only when it is needed: the first use of a figure's view controls, or, on a
// chart page or embed, a URL that asks for a view. Part of the page's first script, so keep it tiny.
import { VIEW_KEYS } from '../../kit/views/view-keys';

/** Wire every view form under `root`. */
export function wireViews(root: ParentNode = document): void {
  const fromUrl = VIEW_KEYS.some((k) => new URLSearchParams(location.search).has(k));
  for (const form of root.querySelectorAll<HTMLFormElement>('form[data-view-form]')) {
    const start = (e?: Event) => {
      void import('./view-client').then((m) => m.startViews(form, e));
    };
    if (fromUrl && form.dataset.viewUrl !== undefined) start();
    else {
      const once = (e: Event) => {
        for (const t of TYPES) form.removeEventListener(t, once);
        start(e);
      };
      for (const t of TYPES) form.addEventListener(t, once);
    }
    // Without the client a submit would reload the page: never wanted.
    form.addEventListener('submit', (e) => e.preventDefault());
  }
}

const TYPES = ['change', 'input', 'click', 'keydown'] as const;
