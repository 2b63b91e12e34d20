// Claimdiff iframe resizer: <iframe data-claimdiff-embed> fits the height its page reports
// (Pym.js or AMP embed-size message), and only messages from those iframes are read.
addEventListener('message', (e) => {
  for (const f of document.querySelectorAll('iframe[data-claimdiff-embed]')) {
    if (e.source !== f.contentWindow) continue;
    const d = e.data;
    const h = typeof d == 'string' ? (/^pymxPYMx.*xPYMxheightxPYMx(\d+)$/.exec(d) || [])[1]
      : d && d.sentinel == 'amp' && d.type == 'embed-size' && d.height;
    if (h > 0 && h < 1e5) f.style.height = Math.ceil(h) + 'px';
  }
});
