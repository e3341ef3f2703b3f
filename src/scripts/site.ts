/**
 * Site-wide progressive enhancement: the theme switch and a language switch
 * that keeps the reader's place (#hash and ?query). Without JavaScript the
 * theme follows the OS and the language link goes to the other edition's top
 * of the same page.
 */
const THEMES = ['auto', 'light', 'dark'] as const;
type Theme = (typeof THEMES)[number];

function readTheme(): Theme {
  try {
    const t = localStorage.getItem('theme');
    return (THEMES as readonly string[]).includes(t ?? '') ? (t as Theme) : 'auto';
  } catch {
    return 'auto';
  }
}

function applyTheme(theme: Theme): void {
  if (theme === 'auto') document.documentElement.removeAttribute('data-theme');
  else document.documentElement.setAttribute('data-theme', theme);
}

function setupThemeToggle(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
  if (!button) return;
  const labels = JSON.parse(button.dataset.labels ?? '{}') as Record<Theme, string>;
  const show = (t: Theme) => {
    button.querySelector('[data-theme-current]')!.textContent = labels[t] ?? t;
  };
  let current = readTheme();
  show(current);
  button.classList.add('is-ready');
  button.addEventListener('click', () => {
    current = THEMES[(THEMES.indexOf(current) + 1) % THEMES.length]!;
    try {
      if (current === 'auto') localStorage.removeItem('theme');
      else localStorage.setItem('theme', current);
    } catch {
      /* storage blocked: the choice lasts for this page only */
    }
    applyTheme(current);
    show(current);
  });
}

function setupLanguageSwitch(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')) {
    link.addEventListener('click', () => {
      const url = new URL(link.href, location.href);
      url.search = location.search;
      url.hash = location.hash;
      link.href = url.toString();
    });
  }
}

setupThemeToggle();
setupLanguageSwitch();
