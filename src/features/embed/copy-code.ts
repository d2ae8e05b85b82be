// <copy-code>: a copy button for the embed snippet. Without JS the snippet is still a read-only,
// selectable <textarea> and the button stays hidden.

/** Copy text: the Clipboard API where allowed, else select the field so the reader can copy it. */
async function copy(text: string, field: HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    field.focus();
    field.select();
    return false;
  }
}

class CopyCode extends HTMLElement {
  connectedCallback(): void {
    const field = this.querySelector('textarea');
    const button = this.querySelector('button');
    const status = this.querySelector('[role="status"]');
    if (!field || !button || !status) return;
    button.hidden = false;
    button.addEventListener('click', async () => {
      const ok = await copy(field.value, field);
      status.textContent = ok ? 'Copied.' : 'Selected: press Ctrl+C (⌘C) to copy.';
    });
    // Clicking into the snippet selects all of it: a partial snippet would not work.
    field.addEventListener('focus', () => field.select());
  }
}

if (!customElements.get('copy-code')) customElements.define('copy-code', CopyCode);
