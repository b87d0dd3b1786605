// Marks the deadlines of the next 14 days, and those already passed, by the reader's own clock.
// The built page holds no date of its own: without JavaScript every deadline shows alike.
(function startDeadlines() {
  var DAYS_AHEAD = 14;
  var now = new Date();
  var today = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
  var soonCount = 0;
  document.querySelectorAll('[data-deadline]').forEach(function (item) {
    var value = item.getAttribute('data-deadline');
    if (!value) return;
    var deadline = new Date(value + 'T00:00:00Z');
    var days = Math.round((deadline - today) / 86400000);
    var flag = item.querySelector('.deadline-list__flag');
    if (days < 0) {
      item.classList.add('deadline-list__item--past');
      if (flag) flag.textContent = flag.getAttribute('data-overdue');
    } else if (days <= DAYS_AHEAD) {
      soonCount += 1;
      item.classList.add('deadline-list__item--soon');
      if (flag) flag.textContent = flag.getAttribute('data-soon');
    } else return;
    if (flag) flag.hidden = false;
  });
  var summary = document.querySelector('[data-deadline-today]');
  if (!summary) return;
  var soon = soonCount === 0 ? summary.getAttribute('data-soon-none') : soonCount === 1 ? summary.getAttribute('data-soon-one') : summary.getAttribute('data-soon-count').replace('{count}', String(soonCount));
  var date = today.toLocaleDateString('da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  summary.textContent = summary.getAttribute('data-text').replace('{date}', date).replace('{soon}', soon);
  summary.hidden = false;
})();
