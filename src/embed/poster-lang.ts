// A built poster shows its figure in one language and holds the other in an inert <template>
// (poster.tsx). A page whose reader switches languages (the demo article read in English) sets the
// tag's `lang`, and the figure is swapped here, in the loader, before the widget's own script has
// loaded: a Korean poster no longer stood in an English reading until its widget went live.

/**
 * Shows the poster's figure in `lang` if the poster holds it. True when the poster now shows `lang`,
 * or when there is no built figure to judge (the loader's placeholder box); false when it cannot.
 */
export function showPosterIn(box: Element | null | undefined, lang: string): boolean {
  const shown = box?.querySelector(':scope > .poster[lang]');
  if (!box || !shown) return true;
  if (shown.getAttribute('lang') === lang) return true;
  if (lang !== 'ko' && lang !== 'en') return false;
  const other = box.querySelector<HTMLTemplateElement>(`:scope > template[data-poster-lang="${lang}"]`);
  if (!other) return false;
  // The figure shown now goes into a template of its own, so a switch back costs no rebuild.
  const kept = document.createElement('template');
  kept.setAttribute('data-poster-lang', shown.getAttribute('lang')!);
  shown.replaceWith(other.content.cloneNode(true));
  kept.content.append(shown);
  other.replaceWith(kept);
  return true;
}
