// rasd reader: clicking (or Enter on) a highlighted span shows what the record says
// about it in the side panel. Loaded from /static (the CSP allows no inline script);
// it copies existing, server-escaped nodes and never builds HTML from strings.
"use strict";

function show(kind, ref) {
  const details = document.getElementById("details");
  if (!details) return;
  const source = kind === "time" || kind === "mention"
    ? document.getElementById("info-" + ref)
    : document.getElementById("event-" + ref);
  if (!source) return;
  details.replaceChildren(source.cloneNode(true));
  details.querySelectorAll("[id]").forEach((n) => n.removeAttribute("id"));
  details.hidden = false;
  document.querySelectorAll(".event.active, .a.active").forEach((n) => n.classList.remove("active"));
  if (kind !== "time" && kind !== "mention") {
    const item = document.getElementById("event-" + ref);
    if (item) item.classList.add("active");
    document.querySelectorAll('.a[data-ref="' + CSS.escape(ref) + '"]').forEach(
      (n) => n.classList.add("active"));
  }
}

function pick(event) {
  const span = event.target.closest(".a[data-kind]");
  if (!span || !span.closest("#text")) return;
  // the innermost annotation under the pointer wins (a mention inside evidence)
  show(span.dataset.kind, span.dataset.ref);
}

function fromHash() {
  const m = /^#(?:ev|tr)-(e\d+)$/.exec(location.hash);
  if (m) show("evidence", m[1]);
}

document.addEventListener("DOMContentLoaded", () => {
  const text = document.getElementById("text");
  if (!text) return;
  text.addEventListener("click", pick);
  text.addEventListener("keydown", (e) => { if (e.key === "Enter") pick(e); });
  window.addEventListener("hashchange", fromHash);
  fromHash();
});
