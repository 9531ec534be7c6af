#!/usr/bin/env node
// A local upstream for the harness's other doors, which the shared chat mock does not serve:
//   POST /v1/embeddings            OpenAI embeddings, 8 dimensions per input, usage.prompt_tokens
//   POST /v1/rerank                Jina/Cohere rerank, a score per document, usage.total_tokens
//   POST /v1/audio/speech          4 KB of audio/mpeg
//   POST /v1/audio/transcriptions  {"text": ...} for any multipart form
//   GET  /health
// Usage: node bench/mock-kinds.js --port=18081   (listens on 127.0.0.1 only)
'use strict';
const http = require('http');

const port = Number((process.argv.find(a => a.startsWith('--port=')) || '--port=18081').slice(7));
const AUDIO = Buffer.alloc(4096, 0x55);

function json(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

function tokens(text) {
  return Math.max(1, Math.ceil(String(text).length / 4));
}

function answer(path, body, res) {
  if (path === '/v1/embeddings') {
    const input = Array.isArray(body.input) ? body.input : [body.input];
    const data = input.map((text, index) => ({ object: 'embedding', index,
      embedding: Array.from({ length: 8 }, (_, d) => ((index + 1) * (d + 1)) / 100) }));
    const used = input.reduce((sum, text) => sum + tokens(text), 0);
    return json(res, 200, { object: 'list', data, model: body.model, usage: { prompt_tokens: used, total_tokens: used } });
  }
  if (path === '/v1/rerank') {
    const documents = body.documents || [];
    const results = documents.map((doc, index) => ({ index, relevance_score: 1 / (index + 2) }));
    const used = tokens(body.query) + documents.reduce((sum, doc) => sum + tokens(doc), 0);
    return json(res, 200, { model: body.model, results, usage: { total_tokens: used } });
  }
  if (path === '/v1/audio/speech') {
    res.writeHead(200, { 'Content-Type': 'audio/mpeg', 'Content-Length': AUDIO.length });
    return res.end(AUDIO);
  }
  return json(res, 404, { error: { message: 'Unknown request URL: POST ' + path, type: 'invalid_request_error' } });
}

http.createServer((req, res) => {
  const path = req.url.split('?')[0];
  if (req.method === 'GET' && path === '/health') return json(res, 200, { ok: true });
  const chunks = [];
  req.on('data', chunk => chunks.push(chunk));
  req.on('end', () => {
    if (path === '/v1/audio/transcriptions') return json(res, 200, { text: 'Hello from the bench.' });
    let body;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch (e) {
      return json(res, 400, { error: { message: 'bad JSON', type: 'invalid_request_error' } });
    }
    answer(path, body, res);
  });
}).listen(port, '127.0.0.1');
