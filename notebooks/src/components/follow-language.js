// Text that follows the page language after it was drawn: cells that must not be rebuilt on a language
// switch (they hold state) still relabel themselves when <html lang> changes.

/**
 * Calls `render(lang)` now and whenever <html lang> changes ("en" | "vi"), while `element` is in the page.
 * @example
 * followLanguage(label, (lang) => (label.textContent = translate(lang, "notebook.export.label")));
 */
export function followLanguage(element, render) {
  const language = () => (document.documentElement.lang === "vi" ? "vi" : "en");
  render(language());
  const observer = new MutationObserver(() => {
    // A language switch comes from the reader, after the element was put on the page: gone means done.
    if (!element.isConnected) return observer.disconnect();
    render(language());
  });
  observer.observe(document.documentElement, {attributes: true, attributeFilter: ["lang"]});
}
