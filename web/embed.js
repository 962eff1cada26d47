// The page inside a portal's iframe: window.carescore offered through postMessage to the origins
// the page's owner listed in <meta name="carescore-embed-origins">, and to nobody else. Not a
// second API: every method here is the page's own window.carescore method of the same name.
'use strict';
(() => {
  const meta = document.querySelector('meta[name="carescore-embed-origins"]');
  // Exact origins only ("https://portal.example.com"); a wildcard would hand the data to any page
  // that frames this one, so '*' and anything that is not an origin are ignored.
  const allowed = new Set((meta ? meta.content : '').split(/\s+/).filter((origin) => {
    try { return origin !== '' && new URL(origin).origin === origin; } catch { return false; }
  }));
  if (allowed.size === 0 || window.parent === window) return;  // not embedded, or nobody allowed

  const kTag = 'carescore';
  // What a portal may call, and how its params reach the page's API. A method missing here does
  // not exist for the portal (no reflection over window.carescore).
  const methods = {
    loadProfile: (api, profile) => api.setProfile(profile),
    // [{name, bytes: ArrayBuffer | Uint8Array} | {name, text}]: resolves with the new files' ids.
    loadFiles: (api, files) => {
      if (!Array.isArray(files)) throw new Error('loadFiles expects an array of {name, bytes} or {name, text}');
      return api.loadFiles(files.map((file, index) => {
        const name = String(file && file.name || `file-${index + 1}`);
        if (typeof file?.text === 'string') return { name, bytes: new TextEncoder().encode(file.text) };
        if (file?.bytes instanceof ArrayBuffer) return { name, bytes: new Uint8Array(file.bytes) };
        if (file?.bytes instanceof Uint8Array) return { name, bytes: file.bytes };
        throw new Error(`loadFiles: file ${index + 1} has neither text nor bytes`);
      }));
    },
    setPeriod: (api, period) => api.setPeriod(period),
    setFilters: (api, filters) => api.setFilters(filters),
    setLanguage: (api, code) => api.setLanguage(code),
    setTheme: (api, name) => api.setTheme(name),
    removeFile: (api, id) => api.removeFile(id),
    setColumnField: (api, { file, column, field } = {}) => api.setColumnField(file, column, field),
    setColumnUnit: (api, { file, column, unitSeconds } = {}) => api.setColumnUnit(file, column, unitSeconds),
    openView: (api, name) => api.openView(name),
    openStandard: (api, id) => api.openStandard(id),
    scorecard: (api) => api.scorecard(),
    state: (api) => api.state(),
    exportScorecard: (api, format) => api.exportScorecard(format),
  };

  const reply = (origin, message) => window.parent.postMessage({ type: kTag, ...message }, origin);

  window.addEventListener('message', async (event) => {
    const request = event.data;
    if (event.source !== window.parent || !request || request.type !== kTag) return;
    if (!allowed.has(event.origin)) {
      console.warn(`CareScore: a message from ${event.origin} was ignored; allowed origins: ${[...allowed].join(' ')}`);
      return;
    }
    const { id = null, method, params } = request;
    try {
      if (!Object.hasOwn(methods, method)) throw new Error(`unknown method: ${method}`);
      await window.carescore.ready;
      const result = await methods[method](window.carescore, params);
      reply(event.origin, { id, ok: true, result: result === undefined ? null : result });
    } catch (error) {
      reply(event.origin, { id, ok: false, error: String(error && error.message || error) });
    }
  });

  // The portal cannot know when the module is ready; tell it. postMessage delivers only to a parent
  // whose origin matches, so announcing to every allowed origin reveals nothing to others.
  window.carescore.ready.then(() => {
    for (const origin of allowed) reply(origin, { event: 'ready' });
  });
})();
