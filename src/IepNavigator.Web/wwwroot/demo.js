// The demo page's embed snippet, with this host's absolute address (the one a site owner must paste).
(function () {
  'use strict';
  var snippet = document.getElementById('embed-snippet');
  if (snippet) {
    snippet.textContent = '<script src="' + window.location.origin + '/widget.js" data-locale="en-US" data-open="true"></script>';
  }
})();
