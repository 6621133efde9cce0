// Enhances the student pages when JavaScript runs; every page works without it.
(function () {
  "use strict";

  // Ordering questions: the numbered selects work on their own; arrows and dragging move items and renumber them.
  function renumber(list) {
    list.querySelectorAll("li.order-item").forEach(function (li, i) {
      li.querySelector("select").value = String(i + 1);
    });
  }

  function enhanceOrdering(root) {
    root.querySelectorAll("[data-ordering]").forEach(function (list) {
      if (list.dataset.enhanced) return;
      list.dataset.enhanced = "1";
      list.querySelectorAll("button.move").forEach(function (b) { b.hidden = false; });
      list.addEventListener("click", function (e) {
        var button = e.target.closest("button.move");
        if (!button) return;
        var li = button.closest("li");
        if (button.dataset.move === "up" && li.previousElementSibling) {
          list.insertBefore(li, li.previousElementSibling);
        } else if (button.dataset.move === "down" && li.nextElementSibling) {
          list.insertBefore(li.nextElementSibling, li);
        }
        renumber(list);
        button.focus();
      });
      // Choosing a position in a select moves the item there.
      list.addEventListener("change", function (e) {
        if (e.target.tagName !== "SELECT") return;
        var li = e.target.closest("li");
        var items = Array.prototype.slice.call(list.querySelectorAll("li.order-item"));
        var to = parseInt(e.target.value, 10) - 1;
        items.splice(items.indexOf(li), 1);
        items.splice(to, 0, li);
        items.forEach(function (item) { list.appendChild(item); });
        renumber(list);
        e.target.focus();
      });
      var dragged = null;
      list.querySelectorAll("li.order-item").forEach(function (li) {
        li.draggable = true;
        li.addEventListener("dragstart", function () { dragged = li; li.classList.add("dragging"); });
        li.addEventListener("dragend", function () { li.classList.remove("dragging"); dragged = null; renumber(list); });
        li.addEventListener("dragover", function (e) {
          e.preventDefault();
          if (!dragged || dragged === li) return;
          var after = e.clientY > li.getBoundingClientRect().top + li.offsetHeight / 2;
          list.insertBefore(dragged, after ? li.nextElementSibling : li);
        });
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () { enhanceOrdering(document); });
  document.addEventListener("htmx:afterSwap", function (e) {
    enhanceOrdering(e.target);
    // Keyboard and screen-reader users land on the new content (the feedback card or the corrected question).
    var focus = e.target.querySelector("[data-autofocus]") || e.target.querySelector("[role=alert]");
    if (focus) focus.focus();
  });
})();
