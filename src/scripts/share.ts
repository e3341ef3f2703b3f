/**
 * The "Embed · share · download" dialog under each figure
 * (src/components/ShareFigure.astro): opens and closes the dialog where the
 * browser lacks invoker commands, rewrites the snippets when the reader picks
 * a language or a fixed height, and copies a field with the Clipboard API
 * (selecting the field when that is not allowed).
 */
import { copyText } from '../lib/clipboard';

const hasCommands = 'command' in HTMLButtonElement.prototype;

for (const root of document.querySelectorAll<HTMLElement>('[data-share]')) {
  const dialog = root.querySelector('dialog')!;
  const status = root.querySelector<HTMLElement>('[data-share-status]')!;
  const snippets = JSON.parse(root.dataset.snippets ?? '{}') as Record<string, Record<string, string> | undefined>;
  const defaultHeight = Number(root.dataset.defaultHeight);

  if (!hasCommands) {
    root.querySelector('[data-share-open]')?.addEventListener('click', () => dialog.showModal());
    root.querySelector('[data-share-close]')?.addEventListener('click', () => dialog.close());
  }

  const update = () => {
    const lang = root.querySelector<HTMLInputElement>('[data-share-lang]:checked')?.value ?? 'en';
    const h = Number(root.querySelector<HTMLInputElement>('[data-share-height]')?.value);
    const height = Number.isFinite(h) && h >= 200 && h <= 20000 ? Math.round(h) : defaultHeight;
    for (const field of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[data-snippet]')) {
      const text = snippets[lang]?.[field.dataset.snippet!];
      if (text) field.value = text.replace(/height="\d+"/, `height="${height}"`);
    }
  };
  root.addEventListener('change', update);
  root.addEventListener('input', update);

  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
    button.addEventListener('click', async () => {
      const field = root.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[id="${button.dataset.copy}"]`);
      if (!field) return;
      const ok = await copyText(field.value, field);
      status.textContent = ok ? (status.dataset.copied ?? 'Copied') : '';
    });
  }
}
