/**
 * An error-summary link moves focus to the input it names with the question still in view: the
 * fieldset's legend is scrolled into view first, then the input is focused without scrolling, so
 * the page does not jump to the input and hide the question above it (as GOV.UK does).
 */
function focusTarget(link: HTMLAnchorElement): boolean {
  const input = document.getElementById(decodeURIComponent(link.hash.slice(1)));
  if (!input) return false;
  (input.closest('fieldset')?.querySelector('legend') ?? input).scrollIntoView();
  input.focus({ preventScroll: true });
  return true;
}

/** Handles clicks on the links of every error summary inside `root`, now or later. */
export function wireErrorSummaries(root: HTMLElement): void {
  root.addEventListener('click', (event) => {
    const link = (event.target as Element).closest('.error-summary a');
    if (link instanceof HTMLAnchorElement && focusTarget(link)) event.preventDefault();
  });
}
