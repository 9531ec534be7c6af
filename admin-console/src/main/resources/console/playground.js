// The playground: sends the chat as JSON with the session's CSRF token and shows the event stream as it arrives.
(function () {
  var form = document.getElementById('playground');
  if (!form) { return; }
  var reply = document.getElementById('pg-reply');
  var usage = document.getElementById('pg-usage');
  var send = document.getElementById('pg-send');

  function showUsage(u) {
    usage.textContent = u.line || '';
    usage.className = 'usage payer-' + (u.payer || 'none');
    usage.setAttribute('data-payer', u.payer || 'none');
  }
  function showError(e) {
    reply.textContent = (e && e.error && (e.error.message || e.error.code)) || 'error';
    reply.classList.add('error');
  }
  function done() {
    reply.setAttribute('data-done', 'true');
    send.disabled = false;
  }
  function onEvent(name, data) {
    if (data === '[DONE]') { return; }
    var json;
    try { json = JSON.parse(data); } catch (ignored) { return; }
    if (name === 'usage') { showUsage(json); return; }
    if (name === 'error' || json.error) { showError(json); return; }
    var delta = json.choices && json.choices[0] && json.choices[0].delta;
    if (delta && typeof delta.content === 'string') { reply.textContent += delta.content; }
  }
  function readStream(body) {
    var reader = body.getReader();
    var decoder = new TextDecoder();
    var buffer = '';
    function pump() {
      return reader.read().then(function (step) {
        buffer += decoder.decode(step.value || new Uint8Array(), { stream: !step.done });
        var cut;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          var block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          var name = 'message';
          var data = [];
          block.split('\n').forEach(function (line) {
            if (line.indexOf('event:') === 0) { name = line.slice(6).trim(); }
            if (line.indexOf('data:') === 0) { data.push(line.slice(5).replace(/^ /, '')); }
          });
          if (data.length) { onEvent(name, data.join('\n')); }
        }
        return step.done ? undefined : pump();
      });
    }
    return pump();
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var target = document.getElementById('pg-model').value;
    var prompt = document.getElementById('pg-prompt').value;
    var body = { messages: [{ role: 'user', content: prompt }], stream: true };
    if (target.indexOf('account:') === 0) { body.accountId = target.slice(8); } else { body.model = target.slice(6); }
    reply.textContent = '';
    reply.classList.remove('error');
    reply.setAttribute('data-done', 'false');
    usage.textContent = reply.getAttribute('data-waiting');
    send.disabled = true;
    fetch('/me/playground/chat', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json, text/event-stream',
        'X-CSRF-Token': form.getAttribute('data-csrf') },
      body: JSON.stringify(body)
    }).then(function (response) {
      var type = response.headers.get('Content-Type') || '';
      if (response.ok && type.indexOf('text/event-stream') === 0) { return readStream(response.body); }
      return response.json().then(function (json) {
        usage.textContent = '';
        if (!response.ok || json.error) { showError(json); return; }
        reply.textContent = json.reply.choices[0].message.content;
        showUsage(json.usage);
      });
    }).catch(function (failed) { showError({ error: { message: String(failed) } }); }).then(done);
  });
})();
