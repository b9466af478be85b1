/**
 * The one script of a content page, put inline by the build and allowed by its hash in the page's
 * policy. On load it only listens; it does something only when the reader uses the language
 * toggle (which then keeps their place: src/lib/routing/keep-place.ts) or a glossary term's "?" (which
 * shows or hides the definition in place: src/components/Term.astro). Without it the toggle goes
 * to the top of the other page and terms link to the glossary, as they always have.
 */
import { addressWithPlace, sectionInView } from '../lib/routing/keep-place';

function keepPlace(toggle: HTMLAnchorElement) {
  const main = document.querySelector('main');
  const landmarks = [...(main?.querySelectorAll<HTMLElement>('h2[id], h3[id], dt[id], [data-place][id]') ?? [])].map((element) => ({
    id: element.id,
    top: element.getBoundingClientRect().top,
  }));
  // At the top of the page, the section the address names (the reader came by the contents list).
  const named = location.hash ? decodeURIComponent(location.hash.slice(1)) : undefined;
  toggle.href = addressWithPlace(toggle.getAttribute('href') ?? '', location.search, sectionInView(landmarks, innerHeight) ?? named);
}

function toggleDefinition(button: HTMLButtonElement) {
  const definition = document.getElementById(button.getAttribute('aria-controls') ?? '');
  if (!definition) return;
  const open = button.getAttribute('aria-expanded') !== 'true';
  button.setAttribute('aria-expanded', String(open));
  definition.hidden = !open;
}

function onClick(event: MouseEvent) {
  const target = event.target instanceof Element ? event.target : undefined;
  const toggle = target?.closest<HTMLAnchorElement>('a[data-language-toggle]');
  if (toggle) keepPlace(toggle);
  const term = event.type === 'click' ? target?.closest<HTMLButtonElement>('button.term-show') : undefined;
  if (term) toggleDefinition(term);
}

document.addEventListener('click', onClick);
// A middle click opens the other language in a new tab: at the same place too.
document.addEventListener('auxclick', onClick);
