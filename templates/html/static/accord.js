// Enhancements only: every job works without this file.
// - Forms and buttons with data-confirm ask before they send.
// (The editor's moves are the server's: its buttons post the form and the page
//  comes back renumbered, so they work without this file.)
(function () {
  'use strict';
  document.addEventListener('submit', function (event) {
    var button = event.submitter;
    var message = (button && button.getAttribute('data-confirm')) || event.target.getAttribute('data-confirm');
    if (message && !window.confirm(message)) event.preventDefault();
  });

  // Each error printed beside a field describes that field (aria-describedby) and
  // marks it invalid, so a screen reader says why when the field takes the focus.
  // Templates print the error next to its input; pairing them here keeps every
  // template to one line per error.
  function describeErrors() {
    var n = 0;
    Array.prototype.forEach.call(document.querySelectorAll('main .error'), function (error) {
      var box = error.closest('.field, p, label, li, fieldset, div, td');
      var control = box && box.querySelector('input:not([type=hidden]), select, textarea');
      if (!control) return;
      if (!error.id) error.id = 'field-error-' + (++n);
      var described = (control.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
      if (described.indexOf(error.id) < 0) described.push(error.id);
      control.setAttribute('aria-describedby', described.join(' '));
      control.setAttribute('aria-invalid', 'true');
    });
    // The summary's links go to the field each names (its input's name is the key).
    Array.prototype.forEach.call(document.querySelectorAll('a[data-field]'), function (a) {
      var key = a.getAttribute('data-field');
      var target = document.getElementById(key) || document.querySelector('main [name="' + key.replace(/"/g, '') + '"]');
      if (!target) return;
      if (!target.id) target.id = 'field-' + key;
      a.setAttribute('href', '#' + target.id);
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    describeErrors();
    // A refused form: the first field to correct takes the focus.
    var invalid = document.querySelector('main [aria-invalid="true"]');
    if (invalid && !document.querySelector('[data-focus]')) invalid.focus();
    // What the last form did (the layout's flash message) takes the focus, so a
    // screen reader says it first; autofocus does this too where it is honoured.
    var flash = document.querySelector('[data-focus]');
    if (flash && document.activeElement !== flash) flash.focus();
  });
})();
