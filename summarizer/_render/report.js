(function () {
  "use strict";
  // Links panel items (data-item) and article segments (data-items).  The current
  // state is mirrored on <body>: data-highlighted lists the ids of highlighted
  // segments, data-selected the ids of selected items.  "#test-click=claim-0" or
  // "#test-span=seg-3" in the URL clicks that item or segment once loaded.
  var body = document.body;
  var marks = Array.prototype.slice.call(document.querySelectorAll("mark.ev"));
  var items = Array.prototype.slice.call(document.querySelectorAll("[data-item]"));
  var byItem = {};
  var itemEl = {};
  items.forEach(function (el) { itemEl[el.dataset.item] = el; });
  marks.forEach(function (m) {
    m.dataset.items.split(" ").forEach(function (id) {
      (byItem[id] = byItem[id] || []).push(m);
    });
  });
  var pinned = null; // {items: [...], marks: [...]} restored after a hover ends

  function visible(el) {
    var r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= (window.innerHeight || document.documentElement.clientHeight);
  }

  function show(state, scrollTo) {
    marks.forEach(function (m) { m.classList.remove("active"); });
    items.forEach(function (el) {
      el.classList.remove("selected");
      if (el.hasAttribute("aria-pressed")) { el.setAttribute("aria-pressed", "false"); }
    });
    var lit = state ? state.marks : [];
    lit.forEach(function (m) { m.classList.add("active"); });
    (state ? state.items : []).forEach(function (id) {
      var el = itemEl[id];
      if (!el) { return; }
      el.classList.add("selected");
      if (el.hasAttribute("aria-pressed")) { el.setAttribute("aria-pressed", "true"); }
    });
    body.classList.toggle("focusing", lit.length > 0);
    body.dataset.highlighted = lit.map(function (m) { return m.id; }).join(" ");
    body.dataset.selected = state ? state.items.join(" ") : "";
    if (scrollTo && !visible(scrollTo)) {
      scrollTo.scrollIntoView({ block: "center", behavior: "smooth" });
    }
  }

  function forItem(id) { return { items: [id], marks: byItem[id] || [], key: "item:" + id }; }

  function forMark(m) {
    var ids = m.dataset.items.split(" ");
    var lit = [];
    ids.forEach(function (id) {
      (byItem[id] || []).forEach(function (x) { if (lit.indexOf(x) < 0) { lit.push(x); } });
    });
    return { items: ids, marks: lit, key: "mark:" + m.id };
  }

  function pin(state, scrollTo) {
    pinned = pinned && pinned.key === state.key ? null : state; // a second click unpins
    show(pinned, pinned ? scrollTo : null);
  }

  items.forEach(function (el) {
    var id = el.dataset.item;
    el.addEventListener("mouseenter", function () {
      var s = forItem(id);
      show(s, s.marks[0]);
    });
    el.addEventListener("mouseleave", function () { show(pinned, null); });
    el.addEventListener("click", function () {
      var s = forItem(id);
      pin(s, s.marks[0]);
    });
    el.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); el.click(); }
    });
  });

  marks.forEach(function (m) {
    m.addEventListener("click", function (ev) {
      ev.stopPropagation();
      var s = forMark(m);
      pin(s, null);
      var first = pinned ? itemEl[s.items[0]] : null;
      if (first) { first.scrollIntoView({ block: "nearest", behavior: "smooth" }); }
    });
  });

  document.getElementById("article").addEventListener("click", function () {
    pinned = null;
    show(null, null);
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape") { pinned = null; show(null, null); }
  });

  show(null, null);
  var hook = /^#test-(click|span)=([A-Za-z0-9-]+)$/.exec(window.location.hash);
  if (hook) {
    var target = hook[1] === "click" ? itemEl[hook[2]] : document.getElementById(hook[2]);
    if (target) { target.click(); }
  }
})();
