// Evidence view: clicking (or focusing and pressing Enter on) a marked passage shows the facts read from it.
(function () {
  var box = document.getElementById('fact');
  function show(mark) {
    document.querySelectorAll('mark.on').forEach(function (x) { x.classList.remove('on'); });
    mark.classList.add('on');
    box.textContent = mark.getAttribute('data-fact');
    box.hidden = false;
  }
  document.addEventListener('click', function (e) {
    var mark = e.target.closest ? e.target.closest('mark[data-fact]') : null;
    if (mark) { show(mark); } else if (!box.contains(e.target)) { box.hidden = true; }
  });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' && e.target.matches && e.target.matches('mark[data-fact]')) { show(e.target); }
    if (e.key === 'Escape') { box.hidden = true; }
  });
})();
