// The authorization popup's last page tells this window the account is bound; show the new list.
window.addEventListener('message', function (event) {
  if (event.origin === window.location.origin && event.data && event.data.type === 'tollgate-oauth') {
    window.location.replace('/me/accounts' + (event.data.ok ? '?done=account-bound' : ''));
  }
});
