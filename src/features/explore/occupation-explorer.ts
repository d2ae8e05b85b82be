// <occupation-explorer>: enhances /explore/ with a combobox (WAI-ARIA 1.2, list autocomplete with
// manual selection: focus stays in the input, aria-activedescendant marks the option) and a result
// panel. Its data is one JSON file, fetched on the first sign of intent or when ?occ= is in the URL.
import { HUMAN_BETA, SCORE_SCALE, type ExploreData, type OccupationTuple } from './data-shape';
import { formatCount, formatScore, formatUsd, missingSentence } from './format';
import { matchAll, searchable, type Searchable } from './match';

/** Most options the list shows at once; the status says how many more match. */
const LIMIT = 50;

/** The data, decoded once. */
interface Model {
  data: ExploreData;
  items: Searchable[];
  /** Occupation indices from least to most exposed (human β, ties by title). */
  byBeta: number[];
}

const beta = (o: OccupationTuple): number => o[HUMAN_BETA];

class OccupationExplorer extends HTMLElement {
  private model: Model | undefined;
  private loading: Promise<Model> | undefined;
  private hits: number[] = [];
  private active = -1;
  private chosen = -1;
  /** Position in byBeta of the strip's keyboard cursor. */
  private cursor = -1;
  private input!: HTMLInputElement;
  private list!: HTMLUListElement;

  /** The element marked data-f="<name>". */
  private f<T extends Element = HTMLElement>(name: string): T {
    return this.querySelector(`[data-f="${name}"]`) as T;
  }

  connectedCallback(): void {
    this.input = this.querySelector('input')!;
    this.list = this.querySelector('[role="listbox"]')!;
    const input = this.input;
    const load = () => void this.load();
    input.addEventListener('focus', () => {
      load();
      // The chosen title is in the box: select it, so typing starts a new search.
      if (this.chosen >= 0) input.select();
    });
    input.addEventListener('pointerenter', load);
    input.addEventListener('input', () => void this.search(true));
    input.addEventListener('keydown', (e) => this.onKey(e));
    input.addEventListener('blur', () => this.close());
    // Keep focus in the input while a pointer picks an option.
    this.list.addEventListener('pointerdown', (e) => e.preventDefault());
    this.list.addEventListener('click', (e) => {
      const li = (e.target as Element).closest('li');
      if (li) this.choose(this.hits[Number(li.dataset.k)]!, true);
    });
    const strip = this.f('strip');
    strip.addEventListener('keydown', (e) => this.onStripKey(e));
    strip.addEventListener('blur', () => this.moveCursor(-1));
    // Titles in the static table select in place instead of reloading the page.
    document.addEventListener('click', (e) => {
      const a = (e.target as Element).closest?.('a[data-occ]');
      if (!a || e.ctrlKey || e.metaKey || e.shiftKey || (e as MouseEvent).button) return;
      e.preventDefault();
      void this.selectCode(a.getAttribute('data-occ')!, true, true);
    });
    addEventListener('popstate', () => void this.fromUrl());
    this.f('nojs').hidden = true;
    this.f('ui').hidden = false;
    void this.fromUrl();
  }

  /** Fetch and decode the data once. */
  private load(): Promise<Model> {
    this.loading ??= fetch(this.dataset.src!)
      .then((r) => {
        if (!r.ok) throw new Error(`HTTP ${r.status}`);
        return r.json() as Promise<ExploreData>;
      })
      .then((data) => {
        const byBeta = data.occ.map((_, i) => i).sort((a, b) => beta(data.occ[a]!) - beta(data.occ[b]!) || a - b);
        this.model = { data, items: data.occ.map((o) => searchable(o[1], o[0])), byBeta };
        return this.model;
      })
      .catch((err: unknown) => {
        this.loading = undefined;
        this.say(`The occupation list could not be loaded (${String(err)}). The table below has every occupation.`);
        throw err;
      });
    return this.loading;
  }

  /** Select the occupation named by ?occ=, or clear the result when there is none. */
  private async fromUrl(): Promise<void> {
    const code = new URLSearchParams(location.search).get('occ');
    if (code) await this.selectCode(code, false, false);
    else if (this.chosen >= 0) {
      this.chosen = -1;
      this.f('panel').hidden = true;
    }
  }

  private async selectCode(code: string, push: boolean, focus: boolean): Promise<void> {
    const m = await this.load().catch(() => undefined);
    if (!m) return;
    const i = m.data.occ.findIndex((o) => o[0] === code);
    if (i < 0) this.say(`No occupation has the code “${code}”. Search by title instead.`);
    else this.choose(i, push, focus);
  }

  private say(text: string): void {
    this.f('status').textContent = text;
  }

  /** Update the option list from the input's text; open it when asked and something matches. */
  private async search(open: boolean, all = false): Promise<void> {
    const m = await this.load().catch(() => undefined);
    if (!m) return;
    const q = this.input.value.trim();
    let total: number;
    if (all && !q) {
      this.hits = m.data.occ.map((_, i) => i).slice(0, LIMIT);
      total = m.data.occ.length;
    } else ({ hits: this.hits, total } = matchAll(q, m.items, LIMIT));
    this.active = -1;
    this.list.replaceChildren(
      ...this.hits.map((oi, k) => {
        const li = document.createElement('li');
        li.id = `occ-opt-${k}`;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.dataset.k = String(k);
        li.textContent = m.data.occ[oi]![1];
        return li;
      }),
    );
    if (!q && !all) {
      this.say('');
      this.close();
      return;
    }
    this.say(
      total === 0
        ? `No occupation title has a word starting with “${q}”.`
        : `${total} ${total === 1 ? 'occupation matches' : 'occupations match'}${total > this.hits.length ? `; the first ${this.hits.length} are listed, type more to narrow them` : ''}.`,
    );
    if (open && this.hits.length) this.setOpen(true);
    else this.close();
  }

  private setOpen(open: boolean): void {
    this.list.hidden = !open;
    this.input.setAttribute('aria-expanded', String(open));
    if (!open) this.setActive(-1);
  }

  private close(): void {
    this.setOpen(false);
  }

  private get isOpen(): boolean {
    return !this.list.hidden;
  }

  /** Mark option k as the active descendant (-1: none). */
  private setActive(k: number): void {
    this.list.querySelector('[aria-selected="true"]')?.setAttribute('aria-selected', 'false');
    this.active = k;
    const li = k >= 0 ? this.list.children[k] : undefined;
    if (li) {
      li.setAttribute('aria-selected', 'true');
      this.input.setAttribute('aria-activedescendant', li.id);
      li.scrollIntoView({ block: 'nearest' });
    } else this.input.removeAttribute('aria-activedescendant');
  }

  private onKey(e: KeyboardEvent): void {
    const n = this.hits.length;
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        e.preventDefault();
        const down = e.key === 'ArrowDown';
        if (!this.isOpen) {
          void this.search(true, true).then(() => this.hits.length && this.setActive(down ? 0 : this.hits.length - 1));
          return;
        }
        if (n) this.setActive(down ? (this.active + 1) % n : this.active <= 0 ? n - 1 : this.active - 1);
        return;
      }
      case 'Home':
      case 'End':
        // With an option active these move within the list; otherwise they move the text cursor.
        if (this.isOpen && this.active >= 0 && n) {
          e.preventDefault();
          this.setActive(e.key === 'Home' ? 0 : n - 1);
        }
        return;
      case 'Enter':
        if (this.isOpen && n) {
          e.preventDefault();
          this.choose(this.hits[Math.max(this.active, 0)]!, true);
        }
        return;
      case 'Escape':
        if (this.isOpen) this.close();
        else this.input.value = '';
        e.preventDefault();
        return;
    }
  }

  /** Show occupation i; push it to the URL when the reader chose it. */
  private choose(i: number, push: boolean, focus = false): void {
    const m = this.model!;
    const o = m.data.occ[i]!;
    this.chosen = i;
    this.input.value = o[1];
    this.close();
    this.render(m, o);
    if (push) {
      const u = new URL(location.href);
      u.searchParams.set('occ', o[0]);
      u.hash = '';
      if (u.href !== location.href) history.pushState(null, '', u);
    }
    this.say(`Showing ${o[1]}.`);
    if (focus) {
      const title = this.f('title');
      title.focus({ preventScroll: true });
      title.scrollIntoView({ block: 'start' });
    }
  }

  private render(m: Model, o: OccupationTuple): void {
    const { data } = m;
    const text = (name: string, value: string) => (this.f(name).textContent = value);
    text('title', o[1]);
    text('code', o[0]);
    this.f<HTMLAnchorElement>('row').href = `#occ-${o[0].replace('.', '-')}`;
    for (let k = 2; k < 8; k++) text(`s${k}`, formatScore((o[k] as number) / SCORE_SCALE));

    // Rank 1 = most exposed; equal scores share a rank.
    const b = beta(o);
    const higher = data.occ.filter((x) => beta(x) > b).length;
    const tied = data.occ.filter((x) => beta(x) === b).length - 1;
    text(
      'rank',
      `Ranks ${higher + 1} of ${data.occ.length} by human-rated β (1 = most exposed)` +
        (tied ? `, tied with ${tied} other${tied === 1 ? '' : 's'}` : '') +
        `. ${higher} occupation${higher === 1 ? ' scores' : 's score'} higher.`,
    );
    this.placeMark('mark', b);
    this.f('mark-label').textContent = formatScore(b / SCORE_SCALE);
    this.cursor = m.byBeta.indexOf(this.chosen);
    this.moveCursor(-1);

    const soc = data.soc[o[0].slice(0, 7)] ?? [null, null];
    const note = soc[2] === undefined ? undefined : data.notes[soc[2]];
    text('emp', soc[0] === null ? 'not available' : `${formatCount(soc[0])} jobs`);
    text('wage', soc[1] === null ? 'not available' : formatUsd(soc[1]));
    const sharing = data.occ.filter((x) => x[0].slice(0, 7) === o[0].slice(0, 7)).length;
    text(
      'oews-note',
      [
        soc[0] === null || soc[1] === null ? missingSentence(note) : '',
        sharing > 1 ? `OEWS reports SOC ${o[0].slice(0, 7)} as a whole; ${sharing} O*NET occupations share these figures.` : '',
      ].join(' ').trim(),
    );

    const cat = o[8] === undefined ? undefined : data.cats[o[8]];
    text('cat-title', cat ? `Online freelance demand: ${cat}` : 'Online freelance demand');
    const source = cat ? document.querySelector(`.cat-body[data-cat="${cat}"]`) : null;
    const slot = this.f('cat');
    if (source) {
      const copy = source.cloneNode(true) as Element;
      for (const el of copy.querySelectorAll('[id]')) el.removeAttribute('id');
      slot.replaceChildren(copy);
    } else {
      const p = document.createElement('p');
      p.className = 'ex-note';
      p.textContent =
        'No sound mapping: this occupation does not clearly match one of the Online Labour Index’s freelance categories, so no freelance trend or study estimate is shown for it.';
      slot.replaceChildren(p);
    }

    const date = new Date().toISOString().slice(0, 10);
    text('cite', `${this.dataset.site}, “${o[1]}”, occupation explorer, ${this.dataset.pageUrl}?occ=${o[0]} (accessed ${date}).`);
    this.f('panel').hidden = false;
  }

  /** Move a strip marker to a β value (scaled), using the axis range the server drew with. */
  private placeMark(name: string, scaledBeta: number | undefined): void {
    const g = this.f<SVGGElement>(name);
    if (scaledBeta === undefined) {
      g.setAttribute('visibility', 'hidden');
      return;
    }
    const { x0, x1 } = this.f('strip').dataset;
    const x = Number(x0) + (scaledBeta / SCORE_SCALE) * (Number(x1) - Number(x0));
    g.setAttribute('transform', `translate(${x.toFixed(1)} 0)`);
    g.setAttribute('visibility', 'visible');
  }

  /** Show the strip's keyboard cursor at byBeta position p (-1: back on the chosen occupation). */
  private moveCursor(p: number): void {
    const m = this.model;
    if (!m || this.chosen < 0) return;
    const strip = this.f('strip');
    const tip = this.f('tip');
    const at = p < 0 ? m.byBeta.indexOf(this.chosen) : p;
    const i = m.byBeta[at]!;
    const o = m.data.occ[i]!;
    const b = beta(o);
    const rank = m.data.occ.filter((x) => beta(x) > b).length + 1;
    const words = `${o[1]}: β ${formatScore(b / SCORE_SCALE)}, ranks ${rank} of ${m.data.occ.length}`;
    strip.setAttribute('aria-valuenow', String(at + 1));
    strip.setAttribute('aria-valuetext', words);
    if (p < 0 || i === this.chosen) {
      this.placeMark('cursor', undefined);
      tip.hidden = true;
    } else {
      this.cursor = p;
      this.placeMark('cursor', b);
      tip.textContent = `${words}. Enter opens it.`;
      tip.hidden = false;
    }
  }

  private onStripKey(e: KeyboardEvent): void {
    const m = this.model;
    if (!m) return;
    const last = m.byBeta.length - 1;
    const step: Record<string, number> = { ArrowLeft: -1, ArrowDown: -1, ArrowRight: 1, ArrowUp: 1, PageDown: -10, PageUp: 10 };
    let p = this.cursor;
    if (e.key in step) p = Math.min(last, Math.max(0, p + step[e.key]!));
    else if (e.key === 'Home') p = 0;
    else if (e.key === 'End') p = last;
    else if (e.key === 'Enter' && m.byBeta[p] !== this.chosen) return this.choose(m.byBeta[p]!, true);
    else if (e.key === 'Escape') p = -1;
    else return;
    e.preventDefault();
    this.moveCursor(p);
    if (p < 0) this.cursor = m.byBeta.indexOf(this.chosen);
  }
}

customElements.define('occupation-explorer', OccupationExplorer);
