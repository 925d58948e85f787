// Copies the activation code from the URL fragment (#code=…), where the
// letter's QR code puts it, into the form field. Browsers never send the
// fragment to the server. The fragment is removed from the address bar
// afterwards, so the code does not stay in the browser history entry.
"use strict";

(function () {
  function fillCode() {
    const match = /(?:^|[#&])code=([^&]*)/.exec(window.location.hash);
    if (!match) return;
    const input = document.getElementById("activation-code");
    if (input) input.value = decodeURIComponent(match[1]);
    history.replaceState(null, "", window.location.pathname + window.location.search);
  }

  // A link opened while this page is showing changes only the fragment, without a reload.
  window.addEventListener("hashchange", fillCode);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", fillCode);
  else fillCode();
})();
