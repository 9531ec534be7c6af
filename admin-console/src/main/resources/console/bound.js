// Bound by key in the popup: tell the accounts page that opened it, then close.
if (window.opener) {
  window.opener.postMessage({ type: 'tollgate-oauth', ok: true }, window.location.origin);
  setTimeout(function () { window.close(); }, 1500);
}
