// saidwhat web UI: details of a quotation on click, speaker filter. Works without it, too.
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  document.addEventListener("DOMContentLoaded", function () {
    var article = document.getElementById("article");
    var panel = document.getElementById("detail-panel");
    var body = document.getElementById("detail-body");
    if (!article || !panel || !body) return;

    function marksOf(index) {
      return article.querySelectorAll('mark.q[data-q~="' + String(Number(index)) + '"]');
    }
    function clearActive() {
      article.querySelectorAll("mark.q.active").forEach(function (m) { m.classList.remove("active"); });
    }
    function show(index) {
      var detail = document.getElementById("q-" + Number(index));
      if (!detail) return;
      clearActive();
      marksOf(index).forEach(function (m) { m.classList.add("active"); });
      body.replaceChildren(detail.cloneNode(true));
      var copy = body.firstElementChild;
      copy.removeAttribute("id");
      copy.classList.add("open");
      panel.className = "detail-panel " + Array.prototype.filter.call(detail.classList, function (c) {
        return c.indexOf("sp-") === 0;
      }).join(" ");
      panel.hidden = false;
      panel.dataset.q = String(Number(index));
    }
    function hide() {
      panel.hidden = true;
      clearActive();
    }
    function fromEvent(event) {
      var mark = event.target.closest("mark.q");
      if (!mark || !article.contains(mark)) return null;
      return mark.dataset.q.split(" ")[0];
    }
    article.addEventListener("click", function (event) {
      var index = fromEvent(event);
      if (index !== null) show(index);
    });
    article.addEventListener("keydown", function (event) {
      if (event.key !== "Enter" && event.key !== " ") return;
      var index = fromEvent(event);
      if (index !== null) { event.preventDefault(); show(index); }
    });
    document.getElementById("detail-close").addEventListener("click", hide);
    document.addEventListener("keydown", function (event) { if (event.key === "Escape") hide(); });

    // Clicking a speaker in the sidebar dims every other speaker's quotations.
    var active = null;
    document.querySelectorAll(".swatch-button").forEach(function (button) {
      button.addEventListener("click", function () {
        var sp = button.dataset.sp;
        active = active === sp ? null : sp;
        document.querySelectorAll(".swatch-button").forEach(function (b) {
          b.setAttribute("aria-pressed", String(active !== null && b.dataset.sp === active));
        });
        article.querySelectorAll("mark.q").forEach(function (m) {
          m.classList.toggle("dim", active !== null && !m.classList.contains("sp-" + active));
        });
      });
    });
  });
})();
