// Lets a reader hide and show the yellow change markings; nothing is stored, so every page starts with them shown.
(function startChangesToggle() {
  var marked = document.querySelector('[data-change]');
  document.querySelectorAll('[data-changes-toggle]').forEach(function (button) {
    if (!marked) return;
    button.hidden = false;
    button.addEventListener('click', function () {
      var hidden = document.documentElement.classList.toggle('skjul-aendringer');
      button.setAttribute('aria-pressed', hidden ? 'true' : 'false');
      button.textContent = hidden ? button.getAttribute('data-show') : button.getAttribute('data-hide');
    });
  });
})();
