/*
 * The attempt page: one question at a time with a palette, and a countdown by the server's clock.
 * The page's clock is corrected by the difference between the server's time (when the page was
 * made) and the browser's, so a wrong computer clock changes nothing; at zero the page goes to the
 * result, which the server has closed by then (or closes on that request).
 */
var OmexAttempt = (function () {
  var root = document.getElementById('attempt');
  if (!root) {
    return {};
  }
  var deadline = Number(root.dataset.deadline);
  var offset = Number(root.dataset.now) - Date.now();
  var count = Number(root.dataset.count);
  var current = 0;
  var done = false;

  function questions() {
    return document.querySelectorAll('.omex-question');
  }

  function show(index) {
    if (typeof index === 'number') {
      current = Math.max(0, Math.min(count - 1, index));
    }
    questions().forEach(function (q) {
      q.style.display = Number(q.dataset.index) === current ? 'block' : 'none';
    });
    document.querySelectorAll('.omex-palette-item').forEach(function (b) {
      b.classList.toggle('omex-current', Number(b.dataset.index) === current);
    });
    var previous = document.getElementById('previous');
    var next = document.getElementById('next');
    if (previous) previous.disabled = current === 0;
    if (next) next.disabled = current === count - 1;
  }

  function answered(index) {
    var q = document.querySelector('.omex-question[data-index="' + index + '"]');
    if (!q) return false;
    if (q.querySelector('input[type=radio]:checked, input[type=checkbox]:checked')) return true;
    var text = q.querySelector('input[type=text]');
    return !!(text && text.value.trim() !== '');
  }

  function saved(index) {
    var button = document.querySelector('.omex-palette-item[data-index="' + index + '"]');
    if (button) button.classList.toggle('omex-answered', answered(index));
  }

  function tick() {
    var left = deadline - (Date.now() + offset);
    var el = document.getElementById('countdown');
    if (left <= 0) {
      if (el) el.textContent = '00:00';
      if (!done) {
        done = true;
        window.location.href = root.dataset.result;
      }
      return;
    }
    var seconds = Math.floor(left / 1000);
    var h = Math.floor(seconds / 3600);
    var m = Math.floor((seconds % 3600) / 60);
    var s = seconds % 60;
    if (el) {
      el.textContent = (h > 0 ? h + ':' : '') + (m < 10 ? '0' : '') + m + ':' + (s < 10 ? '0' : '') + s;
      el.parentElement.classList.toggle('omex-countdown-low', seconds < 60);
    }
  }

  document.getElementById('palette').addEventListener('click', function (event) {
    var button = event.target.closest('.omex-palette-item');
    if (button) show(Number(button.dataset.index));
  });
  // previous / next: listened to on the document, as an Ajax update of the form replaces them (and
  // the Content-Security-Policy allows no inline onclick)
  document.addEventListener('click', function (event) {
    var button = event.target.closest('#previous, #next');
    if (button) show(current + (button.id === 'next' ? 1 : -1));
  });
  // back in this tab (another tab may have changed answers): take the answers as stored
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'visible' && typeof omexRefresh === 'function' && !done) {
      omexRefresh();
    }
  });
  show(0);
  tick();
  setInterval(tick, 1000);

  // the current question and the palette as the answers on the page are now
  function showAll() {
    show();
    for (var i = 0; i < count; i++) saved(i);
  }

  return {
    show: showAll,
    move: function (step) { show(current + step); },
    // a refused save renders the form again with the answers as stored: not only this one may change
    saved: showAll
  };
})();
