"""`slasite check --facts`: every fact of the definition against every locale, for a person to read."""

from __future__ import annotations

import json

from generator.checks.rendered import expected_facts, page_figures, text_says
from generator.render.site import page_path


def facts_matrix(loaded, rendered, fmt: str, only_locale: str | None = None) -> str:
    project = loaded.project
    locales = [l for l in project.site.locales if only_locale in (None, l)]
    rows = []
    for page in project.pages:
        if page.layout != "policy":
            continue
        policy = project.policies[page.policy]
        facts = expected_facts(policy)
        shown: dict[str, dict] = {}
        for locale in locales:
            data = rendered.files.get(page_path(locale, page.slug), b"").decode("utf-8")
            shown[locale] = {f.fact: f for f in page_figures(data) if f.fact}
        for fact, machine in facts.items():
            row = {"fact": fact, "value": machine, "locales": {}}
            for locale in locales:
                fig = shown[locale].get(fact)
                if fig is None:
                    row["locales"][locale] = {"text": None, "agrees": False}
                    continue
                ok, _ = text_says(fig, (fig.lang or locale).replace("-", "_"))
                row["locales"][locale] = {"text": fig.text, "agrees": ok and fig.machine == machine}
            rows.append(row)
    if fmt == "json":
        return json.dumps({"facts": rows}, ensure_ascii=False, indent=2) + "\n"
    lines = []
    for row in rows:
        lines.append(f"{row['fact']} = {row['value']}")
        for locale, cell in row["locales"].items():
            mark = "ok " if cell["agrees"] else "BAD"
            lines.append(f"  {mark} {locale:6} {cell['text'] if cell['text'] is not None else '(missing)'}")
    bad = sum(1 for r in rows for c in r["locales"].values() if not c["agrees"])
    lines.append(f"{len(rows)} facts x {len(locales)} locales, {bad} disagreeing")
    return "\n".join(lines) + "\n"
