// Filters the A–Å list of municipalities as the reader types; Enter opens the first match.
// Names are spelled by finderKey() in src/domain/municipalities/lib/slug.ts; typing is folded by its first rule:
// lower case, æ/ø/å as ae/oe/aa, accents and hyphens dropped, so "å", "aa" and "Aab" all find Aabenraa.
(function startMunicipalityFinders() {
  function fold(text) {
    return text
      .normalize('NFC')
      .toLocaleLowerCase('da')
      .replace(/æ/g, 'ae')
      .replace(/ø/g, 'oe')
      .replace(/å/g, 'aa')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  }

  // A name matches when one of its spellings, or a part of one ("Taastrup" in "Høje-Taastrup"), begins with what was typed.
  function matches(keys, query) {
    if (query === '') return true;
    return keys.split('|').some(function (key) {
      return key.indexOf(query) === 0 || key.indexOf(' ' + query) !== -1;
    });
  }

  document.querySelectorAll('[data-finder]').forEach(function (finder) {
    var field = finder.querySelector('[data-finder-field]');
    var input = finder.querySelector('input');
    var count = finder.querySelector('.finder__count');
    var details = finder.querySelector('[data-finder-details]');
    var items = Array.prototype.slice.call(finder.querySelectorAll('[data-finder-key]'));
    var groups = finder.querySelectorAll('[data-finder-group]');
    if (!field || !input || !count || !details) return;
    field.hidden = false;
    var wasOpen = details.open;

    function update() {
      var query = fold(input.value);
      var shown = [];
      items.forEach(function (item) {
        var visible = matches(item.getAttribute('data-finder-key') || '', query);
        item.hidden = !visible;
        if (visible) shown.push(item);
      });
      groups.forEach(function (group) {
        group.hidden = group.querySelector('[data-finder-key]:not([hidden])') === null;
      });
      details.open = query !== '' || wasOpen;
      if (query === '') count.textContent = '';
      else if (shown.length === 0) count.textContent = finder.getAttribute('data-none').replace('{query}', input.value.trim());
      else if (shown.length === 1) count.textContent = finder.getAttribute('data-one');
      else count.textContent = finder.getAttribute('data-many').replace('{count}', String(shown.length));
      return shown;
    }

    input.addEventListener('input', update);
    input.addEventListener('keydown', function (event) {
      if (event.key !== 'Enter') return;
      var first = update()[0];
      var link = first && first.querySelector('a');
      if (link && fold(input.value) !== '') {
        event.preventDefault();
        window.location.href = link.href;
      }
    });
    details.addEventListener('toggle', function () {
      if (fold(input.value) === '') wasOpen = details.open;
    });
  });
})();
