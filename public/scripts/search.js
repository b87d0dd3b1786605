// Starts Pagefind's search UI in every element marked data-pagefind-ui, in Danish.
(function startSearch() {
  if (typeof window.PagefindUI !== 'function') return;
  document.querySelectorAll('[data-pagefind-ui]').forEach(function (element) {
    new window.PagefindUI({
      element: element,
      bundlePath: element.getAttribute('data-bundle'),
      baseUrl: element.getAttribute('data-base') || '/',
      showSubResults: true,
      showImages: false,
      resetStyles: false,
      translations: { placeholder: element.getAttribute('data-placeholder') || undefined },
    });
  });
})();
