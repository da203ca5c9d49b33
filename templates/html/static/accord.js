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

})();
