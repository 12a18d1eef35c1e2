// Before the first paint (a classic script: the CSP allows no inline one), the language of
// index.html's header: the one the app will start in (saved work's, else the browser's:
// Store::start, browser_lang, Lang::from_tag), on <html data-paint>; style.css shows its
// lines. On a first visit, the tool the address names (data-paint-route, data-paint-first)
// for the painted first screen. Unsure (saved work the app may read otherwise) or
// embedded: nothing is painted.
// ARCHITECTURE.md, "Paint before WebAssembly".
(() => {
  if (new URLSearchParams(location.search).has('embed')) return;
  const fromTag = (tag) => {
    const [primary, region = ''] = String(tag).trim().split(/[-_]/);
    const p = primary.toLowerCase();
    if (p === 'en') return region.toLowerCase() === 'us' ? 'en-US' : 'en-GB';
    return ['de', 'fr', 'es', 'nl'].includes(p) ? p : null;
  };
  const browserLang = () => {
    const tags = (navigator.languages ?? []).filter((t) => typeof t === 'string');
    if (tags.length === 0 && navigator.language) tags.push(navigator.language);
    return tags.map(fromTag).find(Boolean) ?? 'en-GB';
  };
  const str = (v) => typeof v === 'string';
  const obj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
  const opt = (v, check) => v === undefined || check(v);
  const optStr = (v) => v == null || str(v);
  // The shape saved::read accepts (serde's derive of Saved, Case, EditedTemplate).
  const readable = (s) => obj(s) && s.schema === 1 && optStr(s.lang) && optStr(s.theme) && optStr(s.current)
    && opt(s.cases, (cs) => Array.isArray(cs) && cs.every((c) => obj(c) && str(c.id) && opt(c.name, str)
      && opt(c.fields, (f) => obj(f) && Object.values(f).every(str))
      && opt(c.templates, (ts) => Array.isArray(ts)
        && ts.every((t) => obj(t) && ['lang', 'template', 'tone', 'subject', 'body'].every((k) => str(t[k]))))));
  // undefined: nothing the app reads (it takes the browser's language); null: unsure.
  const saved = (() => {
    let raw;
    try {
      raw = localStorage.getItem('tactful');
    } catch (_) {
      return undefined;
    }
    if (raw === null) return undefined;
    let value;
    try {
      value = JSON.parse(raw);
    } catch (_) {
      return undefined;
    }
    // An integer schema, no lone surrogate (serde_json refuses it, JSON.parse does not).
    return /"schema"\s*:\s*1\s*[,}]/.test(raw) && !/\\u[dD][89a-fA-F]/.test(raw) && readable(value) ? value : null;
  })();
  if (saved === null) return;
  const root = document.documentElement;
  // The case the app will open (Store::start: the saved current one, else the first, else
  // a new one) is empty as the start panel reads it (start_panel.rs: no amount, due date
  // or client, not an account, not the example): the first screen under the header is
  // painted too, with the heading of the tool the address names (Route::parse_hash, or
  // none: the plan); not for a share link (#share=…, a case to open) or #/embed.
  const opens = () => {
    const cases = saved.cases ?? [];
    return cases.find((c) => c.id === saved.current) ?? cases[0] ?? null;
  };
  const blank = (v) => v === undefined || v.trim() === '';
  const fields = saved === undefined ? null : opens()?.fields ?? {};
  const empty = !fields || (['invoice.amount', 'invoice.due_date', 'invoice.client_business', 'invoice.account']
    .every((k) => blank(fields[k])) && fields['case.example'] !== 'true');
  const path = location.hash.replace(/^#/, '').split(/[?&]/)[0].replace(/\/+$/, '');
  const route = path === '' ? 'plan' : ['plan', 'discount', 'timeline', 'message'].find((r) => path === `/${r}`);
  if (empty && route) {
    root.setAttribute('data-paint-route', route);
    root.setAttribute('data-paint-first', '');
  }
  // saved::short_tag, then Lang::from_tag; the theme as Theme::from_tag reads it.
  const lang = saved && str(saved.lang) && /^[\w-]{1,32}$/.test(saved.lang) && fromTag(saved.lang);
  root.setAttribute('data-paint', lang || browserLang());
  if (saved && ['light', 'dark'].includes(saved.theme)) root.setAttribute('data-theme', saved.theme);
})();
