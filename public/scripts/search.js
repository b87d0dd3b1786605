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
        // Pagefind counts the results per filter value only for the filters it has loaded, and its UI loads them without
        // waiting: loaded first, every filter (Del, Fase …) stays in the panel after the first search, not only Håndbog.
        import(bundle + 'pagefind.js')
          .then(function (pagefind) {
            return pagefind.filters();
          })
          .catch(function () {
            // Pagefind's UI reports a bundle that cannot load; the search starts anyway, as it did before.
            return undefined;
          })
          .then(function () {
            var typed = field.value;
            var hadFocus = document.activeElement === field;
            field.remove();
            start(element, typed, hadFocus);
          });
      };
      document.head.appendChild(script);
    }
    field.addEventListener('focus', load);
    field.addEventListener('input', load);
  });

  // The index has closed compounds written with their parts joined (src/build/search-compounds.ts), so a search for a
  // part finds the whole word; the reader sees them as written.
  var COMPOUND_JOIN = /\u2060-/g;
  // The section titles the index ranks by (src/build/search-subjects.ts) are not shown: Pagefind would list them as tags.
  var SUBJECTS_META = 'emner';
  function forReaders(result) {
    if (result.meta) delete result.meta[SUBJECTS_META];
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

  // Danish function words name no subject, and Pagefind finds only pages with every word of the query: without them
  // "uddannelse af trænere" finds the task "Deltag i træneruddannelse", which has no "af".
  var FUNCTION_WORDS = ['af', 'at', 'de', 'den', 'der', 'det', 'en', 'et', 'for', 'fra', 'i', 'med', 'og', 'om', 'på', 'til'];
  function withoutFunctionWords(term) {
    var words = term.split(/\s+/).filter(Boolean);
    var kept = words.filter(function (word) {
      return FUNCTION_WORDS.indexOf(word.toLowerCase()) === -1;
    });
    return kept.length > 0 ? kept.join(' ') : term;
  }

  // Pagefind's field sits inside the page's own search landmark and keeps the label the plain field had; its clear button
  // is out of the tab order while there is nothing to clear.
  function fitIntoPage(element, label) {
    var form = element.querySelector('.pagefind-ui__form');
    if (form) {
      form.removeAttribute('role');
      form.removeAttribute('aria-label');
    }
    var input = element.querySelector('.pagefind-ui__search-input');
    if (input) {
      input.setAttribute('aria-label', label);
      input.removeAttribute('title');
    }
  }

  function start(element, typed, hadFocus) {
    var handbook = element.getAttribute('data-handbook');
    var ui = new window.PagefindUI({
      element: element,
      bundlePath: element.getAttribute('data-bundle'),
      baseUrl: element.getAttribute('data-base') || '/',
      showSubResults: true,
      showImages: false,
      resetStyles: false,
      translations: { placeholder: element.getAttribute('data-placeholder') || undefined },
      processResult: forReaders,
      processTerm: withoutFunctionWords,
      ranking: JSON.parse(element.getAttribute('data-ranking') || '{}'),
      openFilters: handbook ? ['håndbog'] : [],
    });
    fitIntoPage(element, element.getAttribute('data-label') || '');
    // A search from a handbook's page looks in that handbook first: its filter is ticked, in view, and can be unticked.
    if (handbook) ui.triggerFilters({ håndbog: [handbook] });
    var input = element.querySelector('.pagefind-ui__search-input');
    if (!input) return;
    if (hadFocus) input.focus();
    if (typed) {
      input.value = typed;
      ui.triggerSearch(typed);
    }
  }
})();
