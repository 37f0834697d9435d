namespace A11yAudit.Browser.Check.Checks;

/// <summary>In-page scripts of <see cref="MovingContentCheck"/>.</summary>
internal static class MovingContentScripts
{
    /// <summary>
    /// Running animations (CSS animations and transitions, Web Animations) on visible elements that move,
    /// blink or fade for longer than <c>limitMs</c> or forever. Returns JSON.
    /// </summary>
    public const string Animations = $$"""
        async (limitMs) => {
          {{InPageSelector.Functions}}
          await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
          const motion = /^(?:transform|translate|rotate|scale|left|right|top|bottom|inset|margin|offset|background-position|opacity|visibility|width|height|clip|clip-path|mask-position|scroll|d)/i;
          const shown = (el) => (el.checkVisibility ? el.checkVisibility({ visibilityProperty: true, opacityProperty: false }) : true)
            && (() => { const r = el.getBoundingClientRect(); return r.width * r.height >= 16; })();
          const out = [];
          for (const a of document.getAnimations()) {
            if (!(a.playState === 'running' || a.pending) || !a.effect || !a.effect.target) { continue; }
            const t = a.effect.getComputedTiming();
            const total = t.activeDuration;
            if (!(total === Infinity || t.iterations === Infinity || total > limitMs)) { continue; }
            const props = new Set();
            for (const k of a.effect.getKeyframes()) { for (const p of Object.keys(k)) { if (!['offset', 'computedOffset', 'easing', 'composite'].includes(p)) { props.add(p.replace(/[A-Z]/g, c => '-' + c.toLowerCase())); } } }
            if (a.transitionProperty) { props.add(a.transitionProperty); }
            const moving = Array.from(props).filter(p => motion.test(p));
            const el = a.effect.target;
            if (moving.length === 0 || !shown(el)) { continue; }
            out.push({
              selector: cssPath(el) + (a.effect.pseudoElement || ''),
              html: snippet(el),
              name: a.animationName || a.transitionProperty || a.id || 'animation',
              iterations: t.iterations === Infinity ? -1 : t.iterations,
              durationMs: typeof t.duration === 'number' ? t.duration : 0,
              totalMs: total === Infinity ? -1 : total,
              properties: moving,
            });
            if (out.length >= 40) { break; }
          }
          return JSON.stringify(out);
        }
        """;

    /// <summary>
    /// Everything else in one pass: marquee/blink, autoplaying media, pause controls, and images that may
    /// be animated (same-origin GIF, PNG with acTL, WebP with the animation flag, up to <c>maxBytes</c>),
    /// whose bytes come back as base64 for the container parser; still images stop downloading at their header. Returns JSON.
    /// </summary>
    public const string Elements = $$"""
        async (maxBytes) => {
          {{InPageSelector.Functions}}
          const shown = (el) => el.checkVisibility ? el.checkVisibility({ visibilityProperty: true }) : !!el.getClientRects().length;
          const legacy = Array.from(document.querySelectorAll('marquee, blink')).filter(shown).slice(0, 20)
            .map(el => ({ selector: cssPath(el), html: snippet(el), tag: el.localName }));
          const media = Array.from(document.querySelectorAll('video, audio')).filter(m => m.autoplay || !m.paused).slice(0, 20).map(m => ({
            selector: cssPath(m), html: snippet(m), tag: m.localName,
            autoplay: m.autoplay, playing: !m.paused, muted: m.muted || m.volume === 0, controls: m.controls, loop: m.loop,
            durationSeconds: Number.isFinite(m.duration) ? m.duration : (m.duration === Infinity ? -1 : -2),
            hasAudio: m.localName === 'audio' || (m.webkitAudioDecodedByteCount || 0) > 0 || (m.audioTracks ? m.audioTracks.length > 0 : false),
            visible: shown(m),
          }));
          const controlText = (el) => [el.innerText || el.textContent || '', el.getAttribute('aria-label') || '', el.title || '', el.value || ''].join(' ');
          const pauseControls = Array.from(document.querySelectorAll('button, [role=button], input[type=button], input[type=checkbox], [role=switch]'))
            .filter(el => shown(el) && /\b(?:pause|stop|freeze)\b/i.test(controlText(el) + ' ' + Array.from(el.labels || []).map(l => l.textContent).join(' ')))
            .slice(0, 5).map(el => cssPath(el));

          const images = [];
          const seen = new Set();
          const sizeOf = (url) => { const e = performance.getEntriesByName(url)[0]; return e ? (e.decodedBodySize || e.encodedBodySize || 0) : 0; };
          // true: may be animated (read it all); false: still image (stop downloading); undefined: need more bytes.
          const decide = (b) => {
            if (b.length < 21) { return undefined; }
            const ascii = (i, n) => String.fromCharCode(...b.subarray(i, i + n));
            if (ascii(0, 3) === 'GIF') { return true; }
            if (b[0] === 0x89 && ascii(1, 3) === 'PNG') {
              for (let p = 8; p + 8 <= b.length;) {
                const len = ((b[p] << 24) >>> 0) + (b[p + 1] << 16) + (b[p + 2] << 8) + b[p + 3];
                const type = ascii(p + 4, 4);
                if (type === 'acTL') { return true; }
                if (type === 'IDAT') { return false; }
                p += 12 + len;
              }
              return undefined;
            }
            if (ascii(0, 4) === 'RIFF' && ascii(8, 4) === 'WEBP') { return ascii(12, 4) === 'VP8X' && (b[20] & 0x02) !== 0; }
            return false;
          };
          const join = (chunks, total) => { const bytes = new Uint8Array(total); let at = 0; for (const c of chunks) { bytes.set(c, at); at += c.length; } return bytes; };
          // Streams the image and stops as soon as its header shows a still image, so large photos cost little.
          const readIfAnimated = async (url) => {
            const response = await fetch(url, { cache: 'force-cache', credentials: 'same-origin' });
            if (!response.ok || !response.body) { return null; }
            const reader = response.body.getReader();
            const chunks = []; let total = 0; let verdict;
            for (;;) {
              const { done, value } = await reader.read();
              if (done) { break; }
              chunks.push(value); total += value.length;
              if (total > maxBytes) { reader.cancel(); return null; }
              if (verdict === undefined) {
                verdict = decide(join(chunks, total));
                if (verdict === false) { reader.cancel(); return null; }
              }
            }
            const bytes = join(chunks, total);
            return (verdict === undefined ? decide(bytes) : verdict) ? bytes : null;
          };
          const toBase64 = (b) => { let s = ''; for (let i = 0; i < b.length; i += 0x8000) { s += String.fromCharCode(...b.subarray(i, i + 0x8000)); } return btoa(s); };
          for (const img of document.querySelectorAll('img')) {
            const url = img.currentSrc || img.src;
            if (!url || seen.has(url) || !shown(img) || img.naturalWidth === 0) { continue; }
            let parsed; try { parsed = new URL(url, location.href); } catch { continue; }
            if (!(parsed.protocol === 'data:' || parsed.origin === location.origin) || /\.(?:svg|jpe?g|avif)(?:$|\?)/i.test(parsed.pathname)) { continue; }
            seen.add(url);
            if (sizeOf(url) > maxBytes) { continue; }
            try {
              const bytes = await readIfAnimated(url);
              if (bytes) { images.push({ selector: cssPath(img), html: snippet(img), url: url.slice(0, 300), base64: toBase64(bytes) }); }
            } catch { /* a failed fetch says nothing about animation */ }
            if (images.length >= 20 || seen.size >= 60) { break; }
          }
          return JSON.stringify({ legacy, media, pauseControls, images });
        }
        """;
}
