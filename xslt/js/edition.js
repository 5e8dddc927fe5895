/* edition.js: optional progressive enhancement, inlined by xslt/html.xsl. The page works without it.
   Adds "Copy" buttons to citations, lets Escape dismiss a name card (WCAG 1.4.13) and keeps a card on the screen. */
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
  // A card starts under its name and runs 20rem to the right: a name near the end of a line, in a window narrower
  // than about 1200px (a tablet, half a screen), put the card's end off the screen. It is moved left by as much
  // (--card-x), never past the screen's left edge. A phone's card is a sheet fixed to the screen already.
  function place(name) {
    name.style.removeProperty("--card-x");
    var card = getComputedStyle(name, "::after");
    if (card.position !== "absolute") { return; }
    var left = name.getBoundingClientRect().left;
    var over = left + parseFloat(card.width) - (root.clientWidth - 8);
    if (over > 0) { name.style.setProperty("--card-x", -Math.min(over, Math.max(left - 8, 0)) + "px"); }
  }
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { root.classList.add("cards-dismissed"); }
  });
  document.addEventListener("focusin", function (event) {
    root.classList.remove("cards-dismissed");
    if (event.target.matches && event.target.matches("a.name")) { place(event.target); }
  });
  document.addEventListener("mouseover", function (event) {
    var name = event.target.closest && event.target.closest("a.name");
    if (name) { root.classList.remove("cards-dismissed"); place(name); }
  });
})();
