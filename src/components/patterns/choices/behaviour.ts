/** Ticking an exclusive checkbox unticks the others of its question, and ticking any other unticks it. */
export function wireExclusiveChoices(root: HTMLElement): void {
  root.addEventListener('change', (event) => {
    const ticked = event.target;
    if (!(ticked instanceof HTMLInputElement) || ticked.type !== 'checkbox' || !ticked.checked) return;
    for (const input of root.querySelectorAll<HTMLInputElement>('input[type="checkbox"][name]')) {
      if (input.name !== ticked.name || input === ticked) continue;
      if (ticked.hasAttribute('data-exclusive') || input.hasAttribute('data-exclusive')) input.checked = false;
    }
  });
}
