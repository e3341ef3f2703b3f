/**
 * Copy text for the reader: the Clipboard API where allowed, otherwise select
 * the text in `fallback` (a visible field) so the reader can copy it with the
 * keyboard. Returns true when the text is on the clipboard.
 */
export async function copyText(text: string, fallback?: HTMLInputElement | HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (fallback) {
      fallback.focus();
      fallback.select();
    }
    return false;
  }
}
