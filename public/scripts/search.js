// Shows the search field and loads Pagefind's UI the first time a reader uses it; nothing is stored in the browser.
(function startSearch() {
  document.querySelectorAll('[data-pagefind-ui]').forEach(function (element) {
    var field = element.querySelector('.site-search__input');
    if (!field) return;
    field.hidden = false;
    var loading = false;
    function load() {
      if (loading) return;
      loading = true;
      var bundle = element.getAttribute('data-bundle');
      var style = document.createElement('link');
      style.rel = 'stylesheet';
      style.href = bundle + 'pagefind-ui.css';
      document.head.appendChild(style);
      var script = document.createElement('script');
      script.src = bundle + 'pagefind-ui.js';
      script.onload = function () {
        var typed = field.value;
        var hadFocus = document.activeElement === field;
        field.remove();
        start(element, typed, hadFocus);
      };
      document.head.appendChild(script);
    }
    field.addEventListener('focus', load);
    field.addEventListener('input', load);
  });

  // The index has closed compounds written with their parts joined (src/build/search-compounds.ts), so a search for a
  // part finds the whole word; the reader sees them as written.
  var COMPOUND_JOIN = /\u2060-/g;
  function withoutCompoundJoins(result) {
    var clean = function (text) {
      return typeof text === 'string' ? text.replace(COMPOUND_JOIN, '') : text;
    };
    result.excerpt = clean(result.excerpt);
    if (result.meta) result.meta.title = clean(result.meta.title);
    (result.sub_results || []).forEach(function (sub) {
      sub.title = clean(sub.title);
      sub.excerpt = clean(sub.excerpt);
    });
    return result;
  }

  function start(element, typed, hadFocus) {
    var ui = new window.PagefindUI({
      element: element,
      bundlePath: element.getAttribute('data-bundle'),
      baseUrl: element.getAttribute('data-base') || '/',
      showSubResults: true,
      showImages: false,
      resetStyles: false,
      translations: { placeholder: element.getAttribute('data-placeholder') || undefined },
      processResult: withoutCompoundJoins,
    });
    var input = element.querySelector('input[type="text"], input[type="search"], .pagefind-ui__search-input');
    if (!input) return;
    if (hadFocus) input.focus();
    if (typed) {
      input.value = typed;
      ui.triggerSearch(typed);
    }
  }
})();
