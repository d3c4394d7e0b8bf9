/** The toolbar's stylesheet, scoped by its shadow root; follows the system's dark mode. */
export const TOOLBAR_CSS = `
:host{all:initial}
.bar{--bg:#fff;--fg:#1f2328;--muted:#59636e;--border:#d1d9e0;--accent:#0969da;--danger:#cf222e;
display:flex;flex-wrap:wrap;align-items:center;gap:6px;max-width:340px;padding:6px 8px;box-sizing:border-box;
background:var(--bg);color:var(--fg);border:1px solid var(--border);border-radius:8px;
box-shadow:0 4px 14px rgba(0,0,0,.18);font:13px/1.4 system-ui,-apple-system,'Segoe UI',sans-serif}
@media (prefers-color-scheme:dark){.bar{--bg:#151b23;--fg:#e6edf3;--muted:#9198a1;--border:#3d444d;--accent:#4493f8;--danger:#f85149}}
.colors{display:flex;gap:4px}
button{font:inherit;color:inherit;background:none;border:1px solid var(--border);border-radius:6px;padding:2px 8px;cursor:pointer}
button:hover{border-color:var(--accent)}
.swatch{width:22px;height:22px;padding:0;border-radius:50%;background:var(--c)}
.swatch[aria-pressed=true]{box-shadow:0 0 0 2px var(--bg),0 0 0 4px var(--accent)}
textarea{flex:1 1 100%;min-width:0;box-sizing:border-box;font:inherit;color:inherit;background:var(--bg);
border:1px solid var(--border);border-radius:6px;padding:4px 6px;resize:vertical;min-height:30px}
:focus-visible{outline:2px solid var(--accent);outline-offset:1px}
.delete{color:var(--danger)}
.close{margin-left:auto;border:none;font-size:16px;line-height:1;padding:2px 4px}
p{margin:0;flex:1 1 100%;font-size:12px}p:empty{display:none}
.error{color:var(--danger)}.status{color:var(--muted)}
.status button{border:none;padding:0 2px;color:var(--accent);text-decoration:underline}
`;
