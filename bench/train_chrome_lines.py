"""Train and cross-validate a learned chrome-line gate (issue 9): a measured negative.

    python -m bench.train_chrome_lines          # about a minute and a half

Data: ``bench.chrome_lines_data`` (gold DEV articles, real-page TUNING halves of rounds 1,
2 and 4: the lines cleaning's rules keep, labelled chrome or story). Features:
``bench.chrome_gate_features`` (the shape of a line and its neighbours, no word identity
beyond closed classes). Models: L2 logistic regression (Newton) and small gradient-boosted
trees of depth 2, numpy for training only. Cross-validation leaves whole pages out (10 folds
by a hash of the page's name, salted to see how much the fold split moves the numbers) and
prints, per threshold, the chrome lines caught and the story lines (and evidence lines:
quotes, dates, key facts, real pages' story lines) a gate at that threshold would drop.

Nothing is written: no threshold dropped only chrome while catching a useful share of it
(``bench/README.md``, "Learned chrome gate").
"""

from __future__ import annotations

import hashlib

import numpy as np

from bench.chrome_gate_features import NAMES, features
from bench.chrome_lines_data import Doc, all_docs

FOLDS = 10
THRESHOLDS = (0.5, 0.7, 0.8, 0.85, 0.9, 0.95)
SALTS = ("", "a", "b", "c", "d", "e")

Data = tuple[np.ndarray, np.ndarray, np.ndarray, list[str]]


def matrix(docs: list[Doc]) -> Data:
    """Feature rows, labels, evidence flags and each row's page name."""
    rows: list[list[float]] = []
    ys: list[int] = []
    ev: list[bool] = []
    names: list[str] = []
    for d in docs:
        feats = features([(ln.plain, ln.para, ln.bullet, ln.heading) for ln in d.lines])
        rows += feats
        ys += d.labels
        ev += d.evidence
        names += [d.name] * len(feats)
    return np.array(rows), np.array(ys, float), np.array(ev, bool), names


def folds(names: list[str], salt: str = "") -> np.ndarray:
    return np.array([hashlib.sha1((salt + n).encode()).digest()[0] % FOLDS for n in names])


def fit_lr(x: np.ndarray, y: np.ndarray, l2: float = 1.0) -> np.ndarray:
    """Newton's method on the L2-penalised log loss (the bias unpenalised)."""
    w = np.zeros(x.shape[1])
    reg = np.full(x.shape[1], l2)
    reg[0] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-(x @ w)))
        g = x.T @ (p - y) + reg * w
        h = (x * (p * (1 - p))[:, None]).T @ x + np.diag(reg) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(h, g)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def cv_lr(x: np.ndarray, y: np.ndarray, fold: np.ndarray, l2: float) -> np.ndarray:
    out = np.zeros(len(y))
    for f in range(FOLDS):
        test = fold == f
        w = fit_lr(x[~test], y[~test], l2)
        out[test] = 1 / (1 + np.exp(-(x[test] @ w)))
    return out


# --- gradient-boosted trees of depth 2 (log loss, Newton leaves) ----------------------------

Tree = tuple[int, float, "Tree", "Tree"] | float


def _tree(x: np.ndarray, g: np.ndarray, h: np.ndarray, cands: list[np.ndarray], depth: int) -> Tree:
    lam = 1.0
    leaf = float(-g.sum() / (h.sum() + lam))
    if depth == 0 or len(g) < 4:
        return leaf
    gs, hs = g.sum(), h.sum()
    best, at = 0.0, (-1, 0.0)
    for f, ts in enumerate(cands):
        for t in ts:
            m = x[:, f] <= t
            gl, hl = g[m].sum(), h[m].sum()
            if hl < 1.0 or hs - hl < 1.0:
                continue
            gain = gl * gl / (hl + lam) + (gs - gl) ** 2 / (hs - hl + lam) - gs * gs / (hs + lam)
            if gain > best:
                best, at = gain, (f, float(t))
    if at[0] < 0:
        return leaf
    m = x[:, at[0]] <= at[1]
    return (
        at[0],
        at[1],
        _tree(x[m], g[m], h[m], cands, depth - 1),
        _tree(x[~m], g[~m], h[~m], cands, depth - 1),
    )


def _apply(tree: Tree, x: np.ndarray) -> np.ndarray:
    if not isinstance(tree, tuple):
        return np.full(len(x), tree)
    f, t, left, right = tree
    out = np.empty(len(x))
    m = x[:, f] <= t
    out[m], out[~m] = _apply(left, x[m]), _apply(right, x[~m])
    return out


def cv_trees(x: np.ndarray, y: np.ndarray, fold: np.ndarray, rounds: int = 80) -> np.ndarray:
    out = np.zeros(len(y))
    for f in range(FOLDS):
        test = fold == f
        xt, yt = x[~test], y[~test]
        cands = [
            np.unique(np.quantile(xt[:, j], np.linspace(0.05, 0.95, 12))) for j in range(x.shape[1])
        ]
        base = np.log(yt.mean() / (1 - yt.mean()))
        score, pred = np.full(len(yt), base), np.full(int(test.sum()), base)
        for _ in range(rounds):
            p = 1 / (1 + np.exp(-score))
            tree = _tree(xt, p - yt, p * (1 - p), cands, 2)
            score += 0.2 * _apply(tree, xt)
            pred += 0.2 * _apply(tree, x[test])
        out[test] = 1 / (1 + np.exp(-pred))
    return out


# --- reports --------------------------------------------------------------------------------


def report(p: np.ndarray, y: np.ndarray, ev: np.ndarray, tag: str) -> None:
    chrome = int(y.sum())
    print(f"{tag}: {len(y)} lines, {chrome} chrome")
    for t in THRESHOLDS:
        drop = p >= t
        caught = int((drop & (y > 0)).sum())
        lost = int((drop & (y == 0)).sum())
        print(
            f"  t={t:.2f}: chrome caught {caught:3d}/{chrome}"
            f" (recall {caught / max(chrome, 1):.2f}),"
            f" precision {caught / max(caught + lost, 1):.2f}, story lost {lost}"
            f" (evidence {int((drop & (y == 0) & ev).sum())})"
        )


def stability(x: np.ndarray, y: np.ndarray, names: list[str], tag: str, **kw: float) -> None:
    """Caught/lost at the high thresholds under six fold splits: how firm a threshold is."""
    print(f"{tag}: chrome caught / story lost, per fold split")
    for salt in SALTS:
        p = cv_lr(x, y, folds(names, salt), **kw)
        cells = [
            f"t={t}: {int((p >= t)[y > 0].sum())}/{int((p >= t)[y == 0].sum())}"
            for t in THRESHOLDS[2:]
        ]
        print(f"  split {salt or '-'}: " + "  ".join(cells))


def where(x: np.ndarray, y: np.ndarray) -> None:
    """Where the chrome the rules leave stands, against the story lines there."""
    col = {
        n: x[:, NAMES.index(n)] > 0
        for n in ("before_first", "after_last", "dated", "prose", "caption")
    }
    inside = ~col["before_first"] & ~col["after_last"]
    stamp = col["dated"] & ~col["prose"]
    for name, m in (
        ("above the first prose line", col["before_first"]),
        ("below the last", col["after_last"]),
        ("between", inside),
    ):
        print(
            f"  {name}: chrome {int(y[m].sum())}, story {int((y[m] == 0).sum())} "
            f"(date stamps: chrome {int(y[m & stamp].sum())}, "
            f"story {int((y[m & stamp] == 0).sum())})"
        )
    cap = col["caption"]
    print(
        f"  prose-shaped chrome {int(y[col['prose']].sum())}; lines with a caption verb: "
        f"chrome {int(y[cap].sum())}, story {int((y[cap] == 0).sum())}"
    )


def main() -> None:
    docs = all_docs()
    x, y, ev, names = matrix(docs)
    gold = np.array([n.startswith("gold") for n in names])
    print("kept lines by place:")
    where(x, y)
    fold = folds(names)
    for l2 in (0.3, 1.0, 3.0):
        p = cv_lr(x, y, fold, l2)
        report(p, y, ev, f"logistic l2={l2}, all pages")
        if l2 == 0.3:
            report(p[gold], y[gold], ev[gold], "  of which gold dev")
            report(p[~gold], y[~gold], ev[~gold], "  of which tuning pages")
    stability(x, y, names, "logistic l2=0.3, all pages", l2=0.3)
    pages = ~gold  # complete labels: every chrome line of a real page is annotated
    pnames = [n for n, g in zip(names, gold, strict=True) if not g]
    stability(
        x[pages],
        y[pages],
        pnames,
        "logistic l2=1.0, trained and scored on tuning pages only",
        l2=1.0,
    )
    report(cv_trees(x, y, fold), y, ev, "boosted trees, depth 2, 80 rounds, all pages")
    w = fit_lr(x, y, 0.3)
    print("logistic l2=0.3 on all pages, weights by size:")
    print(
        "  "
        + ", ".join(
            f"{n} {v:+.2f}" for n, v in sorted(zip(NAMES, w, strict=True), key=lambda t: -abs(t[1]))
        )
    )


if __name__ == "__main__":
    main()
