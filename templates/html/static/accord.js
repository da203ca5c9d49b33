// Enhancements only: every job works without this file.
// - Forms and buttons with data-confirm ask before they send.
// - The editor gets "Move up"/"Move down" buttons that reorder siblings and
//   renumber their position fields, which is what the server reads.
(function () {
  'use strict';
  document.addEventListener('submit', function (event) {
    var button = event.submitter;
    var message = (button && button.getAttribute('data-confirm')) || event.target.getAttribute('data-confirm');
    if (message && !window.confirm(message)) event.preventDefault();
  });

  function renumber(list) {
    var position = 1;
    Array.prototype.forEach.call(list.children, function (li) {
      var order = li.querySelector(':scope > .row-head > .order');
      if (order) order.value = String(position++);
    });
  }

  function addMoveButtons(li) {
    var head = li.querySelector(':scope > .row-head');
    if (!head || li.classList.contains('new-row')) return;
    [['Move up', -1], ['Move down', 1]].forEach(function (spec) {
      var b = document.createElement('button');
      b.type = 'button';
      b.textContent = spec[0];
      b.addEventListener('click', function () {
        var other = spec[1] < 0 ? li.previousElementSibling : li.nextElementSibling;
        if (!other || other.classList.contains('new-row')) return;
        if (spec[1] < 0) li.parentNode.insertBefore(li, other);
        else li.parentNode.insertBefore(other, li);
        renumber(li.parentNode);
        b.focus();
      });
      head.appendChild(b);
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('.editor .editor-row'), addMoveButtons);
  });
})();
