// Filters the table of all tasks by phase, theme, type and role; the choice lives in the page's address, nothing is stored.
(() => {
  const form = document.querySelector('[data-task-filter]');
  const table = document.querySelector('[data-task-table]');
  if (!form || !table) return;

  const selects = [...form.querySelectorAll('select[data-filter]')];
  const rows = [...table.tBodies[0].rows];
  const status = form.querySelector('[data-filter-status]');
  const template = form.dataset.status || '{shown} / {total}';

  /** Tells whether a row passes one filter; an empty value lets every row through. */
  function matches(row, filter, value) {
    if (value === '') return true;
    switch (filter) {
      case 'phase':
        return row.dataset.phase === value || row.dataset.phaseParent === value;
      case 'role':
        return (row.dataset.roles || '').split(' ').includes(value);
      default:
        return row.dataset[filter] === value;
    }
  }

  // Tasks removed since the compared version are shown as "Udgået" rows and filtered alike, but are not counted.
  const counted = (row) => row.dataset.change !== 'removed';
  const total = rows.filter(counted).length;

  function apply() {
    let shown = 0;
    for (const row of rows) {
      const visible = selects.every((select) => matches(row, select.dataset.filter, select.value));
      row.hidden = !visible;
      if (visible && counted(row)) shown += 1;
    }
    // An empty result says so and how to get the tasks back, rather than leaving an empty table.
    const text = shown === 0 && form.dataset.statusNone ? form.dataset.statusNone : template.replace('{shown}', String(shown)).replace('{total}', String(total));
    // Only a changed count is written, so screen readers announce changes and not the page load.
    if (status.textContent !== text) status.textContent = text;
  }

  /** Writes the chosen filters into the address, so a filtered view can be bookmarked or shared. */
  function remember() {
    const url = new URL(window.location.href);
    for (const select of selects) {
      if (select.value === '') url.searchParams.delete(select.name);
      else url.searchParams.set(select.name, select.value);
    }
    window.history.replaceState(null, '', url);
  }

  const params = new URLSearchParams(window.location.search);
  for (const select of selects) {
    const wanted = params.get(select.name);
    if (wanted !== null && [...select.options].some((option) => option.value === wanted)) select.value = wanted;
  }

  form.addEventListener('change', () => {
    apply();
    remember();
  });
  // The reset button clears the selects after its event, so filter once it has.
  form.addEventListener('reset', () => {
    setTimeout(() => {
      apply();
      remember();
    }, 0);
  });
  form.addEventListener('submit', (event) => event.preventDefault());

  form.hidden = false;
  apply();
})();
