"""gettext `Plural-Forms` derived from CLDR, and tools to compare a header against CLDR.

Why not `babel.plural.to_gettext`: it keeps CLDR operands that gettext cannot evaluate (`e`, `v`
for fr/pt, where the rule says "many" for 1000000), and it gives one msgstr slot per CLDR category
even when no whole number can ever reach it (Russian `other` exists only for fractions), so msgfmt
either rejects the header or translators fill a form nobody sees. gettext only ever evaluates a
non-negative integer n, so we substitute i=n and v=w=f=t=c=e=0, fold the constants away, keep the
categories some integer reaches in CLDR order (zero, one, two, few, many, other) and make the last
one the else-branch.
"""

from __future__ import annotations

import gettext
import math
import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from babel import Locale

from generator.catalogs.locales import parse_locale

CLDR_ORDER = ("zero", "one", "two", "few", "many", "other")

# Brute-force limits of the brief: every integer up to here, plus powers of ten up to 1e9.
_SCAN_LIMIT = 2_000_000
_POWERS_OF_TEN = tuple(10**p for p in range(0, 10))

# Integers used to compare a header with CLDR: dense where rules differ, sparse beyond.
_SAMPLES = tuple(
    sorted(
        set(range(0, 10_001))
        | {k * 10**p + d for p in range(4, 10) for k in (1, 2, 5) for d in (0, 1, 2, 5, 11, 21)}
        | {1_000_000 * k for k in range(1, 6)}
    )
)

_HEADER_RE = re.compile(r"^\s*nplurals\s*=\s*(\d+)\s*;\s*plural\s*=\s*(.+?)\s*;?\s*$", re.S)

# --- folding the CLDR rule into an integer-only condition tree -------------------------------
# Nodes: True/False, ("cmp", var, op, k) with var None (= n) or a modulus m (= n % m),
# ("and", [nodes]), ("or", [nodes]).

_NEGATE = {"==": "!=", "!=": "==", "<": ">=", ">=": "<", ">": "<=", "<=": ">"}
_ZERO_OPERANDS = {"v", "w", "f", "t", "c", "e"}


def _operand(node):
    """Fold an operand: the int it is for every integer n, or None (n) / ("mod", m)."""
    op, args = node
    if op in ("n", "i"):
        return None
    if op in _ZERO_OPERANDS:
        return 0
    if op == "value":
        return args[0]
    if op == "mod":
        inner, (_, (m,)) = args
        inner = _operand(inner)
        return inner % m if isinstance(inner, int) else ("mod", m)
    raise ValueError(f"unsupported CLDR operand {op!r}")


def _cmp(var, op: str, k: int):
    """A comparison, simplified with 0 <= n and 0 <= n % m < m."""
    top = var[1] - 1 if var else None  # largest value of n % m
    if op == ">=" and k <= 0 or op == "<=" and top is not None and k >= top:
        return True
    if op == "<" and k <= 0 or op == ">" and top is not None and k >= top:
        return False
    return ("cmp", var, op, k)


def _and(items):
    out = []
    for item in items:
        if item is False:
            return False
        if item is True:
            continue
        out.extend(item[1] if item[0] == "and" else [item])
    return out[0] if len(out) == 1 else ("and", out) if out else True


def _or(items):
    out = []
    for item in items:
        if item is True:
            return True
        if item is False:
            continue
        out.extend(item[1] if item[0] == "or" else [item])
    return out[0] if len(out) == 1 else ("or", out) if out else False


def _not(node):
    if isinstance(node, bool):
        return not node
    if node[0] == "cmp":
        return _cmp(node[1], _NEGATE[node[2]], node[3])
    return (_or if node[0] == "and" else _and)([_not(x) for x in node[1]])


def _in_ranges(var, ranges) -> object:
    parts = []
    for lo, hi in ranges:
        if isinstance(var, int):
            parts.append(lo <= var <= hi)
        elif lo == hi:
            parts.append(_cmp(var, "==", lo))
        else:
            parts.append(_and([_cmp(var, ">=", lo), _cmp(var, "<=", hi)]))
    return _or(parts)


def _fold(node):
    """Babel's rule AST -> condition tree over the integer n."""
    op, args = node
    if op == "and":
        return _and([_fold(a) for a in args])
    if op == "or":
        return _or([_fold(a) for a in args])
    if op == "not":
        return _not(_fold(args[0]))
    if op in ("is", "isnot"):
        expr, (_, (k,)) = args
        cond = _in_ranges(_operand(expr), [(k, k)])
        return cond if op == "is" else _not(cond)
    if op == "relation":
        _method, expr, (_, ranges) = args  # "in" and "within" agree on integers
        return _in_ranges(_operand(expr), [(lo[1][0], hi[1][0]) for lo, hi in ranges])
    raise ValueError(f"unsupported CLDR rule node {op!r}")


# --- rendering ------------------------------------------------------------------------------


def _render(node, lang: str, top: bool = True) -> str:
    """The condition in C (`lang="c"`) or Python (`lang="py"`)."""
    if isinstance(node, bool):
        return ("1" if node else "0") if lang == "c" else str(node)
    kind = node[0]
    if kind == "cmp":
        _, var, op, k = node
        left = "n" if var is None else f"n%{var[1]}"
        return f"{left}{op}{k}"
    joiner = {("and", "c"): " && ", ("or", "c"): " || ", ("and", "py"): " and ", ("or", "py"): " or "}
    text = joiner[kind, lang].join(_render(x, lang, top=False) for x in node[1])
    # Parenthesise every nested and/or: required for `or` inside `and`, clearer for the rest.
    return text if top and kind == "and" else f"({text})"


# --- per-locale rule --------------------------------------------------------------------------


def _conditions(locale: Locale) -> dict[str, object]:
    """Category -> folded integer condition, in CLDR order (categories never true are dropped)."""
    folded = {tag: _fold(ast) for tag, ast in locale.plural_form.abstract}
    return {tag: folded[tag] for tag in CLDR_ORDER if tag in folded and folded[tag] is not False}


def _python_classifier(locale: Locale, conds: dict[str, object]) -> Callable[[int], str]:
    """A fast n -> category function for integers, testing rules in Babel's own order."""
    order = [tag for tag, _ in locale.plural_form.abstract if tag in conds]
    body = "".join(f"{tag!r} if {_render(conds[tag], 'py', top=False)} else " for tag in order)
    return eval(f"lambda n: {body}'other'")  # built only from Babel's parsed numbers and our ops


def _bounds(node, acc: tuple[int, int]) -> tuple[int, int]:
    """(largest constant compared with n itself, lcm of every modulus) in a condition tree."""
    if isinstance(node, bool):
        return acc
    if node[0] == "cmp":
        _, var, _op, k = node
        return (acc[0], math.lcm(acc[1], var[1])) if var else (max(acc[0], k), acc[1])
    for child in node[1]:
        acc = _bounds(child, acc)
    return acc


def _reachable(classify: Callable[[int], str], conds: dict[str, object]) -> set[str]:
    """Categories some non-negative integer reaches.

    Beyond the largest constant K compared with n, the category depends only on n mod L (L the
    lcm of the moduli), so scanning 0..K+L is a proof; it is capped at the brief's brute-force
    range 0..2,000,000 plus powers of ten up to 1e9 (fr/pt need exactly 0..1,000,000).
    """
    k, lcm = 0, 1
    for cond in conds.values():
        k, lcm = _bounds(cond, (k, lcm))
    wanted = set(conds) | {"other"}
    seen: set[str] = set()
    for n in _POWERS_OF_TEN:
        seen.add(classify(n))
    for n in range(0, min(k + lcm, _SCAN_LIMIT) + 1):
        seen.add(classify(n))
        if len(seen) == len(wanted):
            break
    return seen


@lru_cache(maxsize=128)
def _forms(identifier: str) -> tuple[int, str, tuple[str, ...], Callable[[int], str]]:
    locale = parse_locale(identifier)
    conds = _conditions(locale)
    classify = _python_classifier(locale, conds)
    reached = _reachable(classify, conds)
    cats = tuple(tag for tag in CLDR_ORDER if tag in reached)
    if len(cats) == 1:
        expr = "0"
    elif len(cats) == 2:
        negated = _not(conds[cats[0]])  # 0 when the first category holds, else 1
        text = _render(negated, "c")
        expr = text if negated[0] == "or" else f"({text})"
    else:
        chain = "".join(f"{_render(conds[tag], 'c')} ? {i} : " for i, tag in enumerate(cats[:-1]))
        expr = f"({chain}{len(cats) - 1})"
    return len(cats), expr, cats, classify


def gettext_plural_forms(locale: str | Locale) -> tuple[int, str, tuple[str, ...]]:
    """(nplurals, plural expression, CLDR category of each msgstr index) for a locale.

    >>> gettext_plural_forms("ru")[0], gettext_plural_forms("ru")[2]
    (3, ('one', 'few', 'many'))
    """
    nplurals, expr, cats, _ = _forms(str(parse_locale(locale)))
    return nplurals, expr, cats


def plural_forms_header(locale: str | Locale) -> str:
    """The `Plural-Forms` header value, e.g. `nplurals=2; plural=(n!=1);`."""
    nplurals, expr, _ = gettext_plural_forms(locale)
    return f"nplurals={nplurals}; plural={expr};"


def cldr_category(locale: str | Locale, n: int) -> str:
    """CLDR category of a non-negative integer (fast path of Babel's `plural_form(n)`)."""
    return _forms(str(parse_locale(locale)))[3](n)


@lru_cache(maxsize=256)
def plural_index(plural_expr: str) -> Callable[[int], int]:
    """A compiled gettext plural expression (`gettext.c2py`), cached by its text.

    Raises ValueError when the expression is not valid gettext C.
    """
    return gettext.c2py(plural_expr)


@lru_cache(maxsize=256)
def parse_plural_header(value: str) -> tuple[int, str]:
    """(nplurals, expression) from a `Plural-Forms` value; ValueError says what is wrong.

    Cached: it evaluates the expression on ~10,000 integers to prove every index is in range.
    """
    match = _HEADER_RE.match(value or "")
    if not match:
        raise ValueError("expected 'nplurals=N; plural=EXPRESSION;'")
    nplurals, expr = int(match.group(1)), match.group(2).strip()
    if nplurals < 1:
        raise ValueError("nplurals must be at least 1")
    try:
        func = plural_index(expr)
    except (ValueError, SyntaxError, RecursionError) as exc:
        raise ValueError(f"plural expression {expr!r} is not valid gettext C ({exc})") from None
    for n in _SAMPLES:
        try:
            index = func(n)
        except ZeroDivisionError:
            raise ValueError(f"plural expression divides by zero for n={n}") from None
        if not 0 <= index < nplurals:
            raise ValueError(f"plural expression gives {index} for n={n}, outside 0..{nplurals - 1}")
    return nplurals, expr


def _index_categories(header: str, locale: str | Locale, samples: Iterable[int]) -> list[set[str]]:
    nplurals, expr = parse_plural_header(header)
    func = plural_index(expr)
    classify = _forms(str(parse_locale(locale)))[3]
    seen: list[set[str]] = [set() for _ in range(nplurals)]
    for n in samples:
        seen[func(n)].add(classify(n))
    return seen


def categories_for_header(header: str, locale: str | Locale) -> tuple[str | None, ...]:
    """The CLDR category each msgstr[i] of a `Plural-Forms` header stands for.

    An index is None when no integer reaches it or when it mixes categories (the header then
    disagrees with CLDR; `check_plural_header` says how). ValueError for an unparseable header.
    """
    return _categories_for_header(header, str(parse_locale(locale)))


@lru_cache(maxsize=256)
def _categories_for_header(header: str, identifier: str) -> tuple[str | None, ...]:
    seen = _index_categories(header, identifier, _SAMPLES)
    return tuple(next(iter(cats)) if len(cats) == 1 else None for cats in seen)


def check_plural_header(header_value: str | None, locale: str | Locale) -> str | None:
    """A sentence saying how a `Plural-Forms` value disagrees with CLDR for integers, or None.

    Compared by evaluation, so any spelling of the right formula passes.
    """
    loc = parse_locale(locale)
    nplurals, expr, cats = gettext_plural_forms(loc)
    expected = f"nplurals={nplurals}; plural={expr};"
    name = loc.english_name or str(loc)
    if not header_value:
        return f"Plural-Forms header is missing; {name} needs '{expected}'"
    try:
        got_n, got_expr = parse_plural_header(header_value)
    except ValueError as exc:
        return f"Plural-Forms header is unusable: {exc}"
    if got_n != nplurals:
        return (
            f"Plural-Forms declares nplurals={got_n} but {name} has {nplurals} "
            f"form{'s' if nplurals != 1 else ''} for whole numbers ({', '.join(cats)}); "
            f"expected '{expected}'"
        )
    want, got = plural_index(expr), plural_index(got_expr)
    for n in _SAMPLES:
        if want(n) != got(n):
            return (
                f"Plural-Forms picks msgstr[{got(n)}] for n={n} but {name} uses "
                f"msgstr[{want(n)}] ({cats[want(n)]}); expected '{expected}'"
            )
    return None


def representatives(plural_expr: str, nplurals: int) -> tuple[int | None, ...]:
    """The smallest integer that selects each msgstr index (None if none does).

    Used to carry translations across a changed `Plural-Forms` (old form of n -> new form of n)
    and to show a translator which number each form is for.
    """
    func = plural_index(plural_expr)
    found: list[int | None] = [None] * nplurals
    missing = nplurals
    for n in _SAMPLES:
        index = func(n)
        if 0 <= index < nplurals and found[index] is None:
            found[index] = n
            missing -= 1
            if not missing:
                break
    return tuple(found)
