/*
 * The running phone consultation's timer: counts from the start of the call (the page says how many
 * seconds had passed when it was made, and the norm in seconds from the setting
 * omex.phone.normMinutes) and shows the warning past the norm. It finds the timer on every tick, so a part of the page replaced by
 * Ajax keeps counting.
 */
(function () {
  function tick() {
    var el = document.getElementById('timer');
    if (!el) {
      return;
    }
    if (!el.dataset.base) {
      el.dataset.base = String(Date.now() - Number(el.dataset.elapsed) * 1000);
    }
    var s = Math.max(0, Math.floor((Date.now() - Number(el.dataset.base)) / 1000));
    var m = Math.floor(s / 60);
    var r = s % 60;
    el.textContent = (m < 10 ? '0' : '') + m + ':' + (r < 10 ? '0' : '') + r;
    var over = s > Number(el.dataset.norm);
    el.classList.toggle('omex-over', over);
    var warning = document.getElementById('timer-warning');
    if (warning) {
      warning.style.display = over ? 'block' : 'none';
    }
  }

  tick();
  setInterval(tick, 1000);
})();
