/* edition.js: optional progressive enhancement, inlined by xslt/html.xsl. The page works without it.
   Adds "Copy" buttons to citations and lets Escape dismiss a name card (WCAG 1.4.13). */
(function () {
  "use strict";
  if (!document.querySelectorAll || !window.navigator || !navigator.clipboard) { return; }
  document.querySelectorAll(".citation").forEach(function (citation) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy-button";
    button.textContent = "Copy";
    button.addEventListener("click", function () {
      var text = citation.firstChild ? citation.textContent.replace(/\s*Copy(ied)?$/, "").trim() : "";
      navigator.clipboard.writeText(text).then(function () {
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
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") { return; }
    document.querySelectorAll(".card").forEach(function (card) { card.classList.add("dismissed"); });
  });
  document.addEventListener("focusin", function () {
    document.querySelectorAll(".card.dismissed").forEach(function (card) { card.classList.remove("dismissed"); });
  });
})();
