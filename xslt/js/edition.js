/* edition.js: optional progressive enhancement, inlined by xslt/html.xsl. The page works without it.
   Adds "Copy" buttons to citations and lets Escape dismiss a name card (WCAG 1.4.13). */
(function () {
  "use strict";
  if (!document.querySelectorAll || !window.navigator || !navigator.clipboard) { return; }
  // the edition's citation (.citation) and each paragraph's (the text of its "cite" disclosure)
  document.querySelectorAll(".citation, .cite-fragment").forEach(function (citation) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy-button";
    button.textContent = "Copy";
    button.addEventListener("click", function () {
      var copy = citation.cloneNode(true);
      copy.querySelectorAll("summary, button").forEach(function (node) { node.remove(); });
      navigator.clipboard.writeText(copy.textContent.trim()).then(function () {
        button.textContent = "Copied";
      }, function () {
        button.textContent = "Copy failed";
      });
    });
    citation.appendChild(button);
  });
})();
(function () {
  "use strict";
  var root = document.documentElement;
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { root.classList.add("cards-dismissed"); }
  });
  document.addEventListener("focusin", function () { root.classList.remove("cards-dismissed"); });
  document.addEventListener("mouseover", function (event) {
    if (event.target.closest && event.target.closest("a.name")) { root.classList.remove("cards-dismissed"); }
  });
})();
