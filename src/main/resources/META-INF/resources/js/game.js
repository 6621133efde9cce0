// Live-game countdown: the server sends the milliseconds left (its own clock decides; this only displays them).
(function () {
  function start(root) {
    root.querySelectorAll('[data-remaining-ms]').forEach(function (el) {
      if (el.dataset.counting) return;
      el.dataset.counting = '1';
      var end = Date.now() + parseInt(el.dataset.remainingMs, 10);
      var timer = setInterval(function () {
        var left = Math.max(0, end - Date.now());
        el.textContent = Math.ceil(left / 1000);
        if (left === 0 || !document.body.contains(el)) clearInterval(timer);
      }, 200);
    });
  }
  document.addEventListener('DOMContentLoaded', function () { start(document); });
  document.addEventListener('htmx:afterSwap', function (e) { start(e.target); });
})();
