// Buttons marked data-cetak print the page (no inline onclick: the Content-Security-Policy forbids it).
document.addEventListener("click", function (e) {
  var t = e.target.closest("[data-cetak]");
  if (t) { e.preventDefault(); window.print(); }
});
