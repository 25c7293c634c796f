// rasd reader: clicking (or Enter on) a highlighted span shows in the side panel what the
// record says about it and about every annotation around it (a name inside an event's
// evidence shows the entity, then the event). Loaded from /static (the CSP allows no
// inline script); it copies nodes the server escaped and never builds HTML from strings.
"use strict";

function source(kind, ref) {
  const own = kind === "time" || kind === "mention" || kind === "finding";
  return document.getElementById((own ? "info-" : "event-") + ref);
}

function show(spans) {
  const details = document.getElementById("details");
  if (!details) return;
  const seen = new Set();
  const found = [];
  for (const span of spans) {
    const key = span.dataset.kind === "finding" || span.dataset.kind === "time" ||
      span.dataset.kind === "mention" ? span.dataset.kind + span.dataset.ref : "e" + span.dataset.ref;
    const node = source(span.dataset.kind, span.dataset.ref);
    if (node && !seen.has(key)) {
      seen.add(key);
      found.push(node.cloneNode(true));
    }
  }
  if (!found.length) return;
  details.replaceChildren(...found);
  details.querySelectorAll("[id]").forEach((n) => n.removeAttribute("id"));
  details.hidden = false;
  document.querySelectorAll(".event.active, .a.active").forEach((n) => n.classList.remove("active"));
  for (const span of spans) {
    const kind = span.dataset.kind;
    if (kind === "evidence" || kind === "trigger" || kind === "cue") {
      const item = document.getElementById("event-" + span.dataset.ref);
      if (item) item.classList.add("active");
      document.querySelectorAll('#text .a[data-ref="' + CSS.escape(span.dataset.ref) + '"]')
        .forEach((n) => n.classList.add("active"));
    }
  }
}

function around(node) {
  const spans = [];
  for (let n = node.closest(".a[data-kind]"); n && n.closest("#text"); n = n.parentElement.closest(".a[data-kind]")) {
    spans.push(n);
  }
  return spans;
}

function pick(event) {
  show(around(event.target));
}

function fromHash() {
  const m = /^#(?:ev|tr)-(e\d+)$/.exec(location.hash);
  const span = m && document.getElementById(location.hash.slice(1));
  if (span) show([span]);
}

document.addEventListener("DOMContentLoaded", () => {
  const text = document.getElementById("text");
  if (!text) return;
  text.addEventListener("click", pick);
  text.addEventListener("keydown", (e) => { if (e.key === "Enter") pick(e); });
  window.addEventListener("hashchange", fromHash);
  fromHash();
});
