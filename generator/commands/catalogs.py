"""`slasite extract`, `update` and `add-locale`: keep locales/ in step with the content.

extract rewrites locales/messages.pot from content and templates; update merges it into every
catalog (new segments untranslated, changed ones fuzzy with the previous msgid kept, removed ones
obsolete); add-locale creates a complete catalog with the CLDR plural rule. Running extract and
update on unchanged sources changes no byte.
"""

from __future__ import annotations

from pathlib import Path

from generator.catalogs.locales import canonical_locale
from generator.catalogs.maintain import make_template, new_catalog, update_catalog
from generator.catalogs.pofile import read_catalog, write_catalog
from generator.errors import InputError, Location
from generator.load.project import Project, load_project
from generator.i18n.business import prefill
from generator.segments import collect

POT = "locales/messages.pot"


def template_for(project: Project):
    return make_template(collect(project))


def extract(root: Path) -> str:
    project = load_project(root)
    template = template_for(project)
    path = project.root / POT
    path.parent.mkdir(parents=True, exist_ok=True)
    write_catalog(template, path)
    return f"wrote {POT}: {len(template)} messages"


def _catalog_locales(project: Project) -> list[str]:
    found = set()
    if project.locales_dir.is_dir():
        for po in project.locales_dir.glob("*/LC_MESSAGES/messages.po"):
            found.add(po.parent.parent.name)
    found |= {l for l in project.site.locales if l != project.site.source_locale}
    return sorted(found)


def update(root: Path) -> str:
    project = load_project(root)
    template = template_for(project)
    write_catalog(template, project.root / POT)
    lines = []
    for locale in _catalog_locales(project):
        path = project.catalog_path(locale)
        if path.exists():
            catalog = update_catalog(read_catalog(path, locale), template, locale)
        else:
            catalog = new_catalog(locale, template)
        prefill(catalog, locale)
        path.parent.mkdir(parents=True, exist_ok=True)
        write_catalog(catalog, path)
        lines.append(f"updated {project.rel(path)}")
    return "\n".join(lines) or "no catalogs to update"


def add_locale(root: Path, locale: str) -> str:
    project = load_project(root)
    code = canonical_locale(locale, Location("add-locale"))
    path = project.catalog_path(code)
    if path.exists():
        raise InputError(f"{project.rel(path)} already exists", Location(project.rel(path)),
                         "use 'slasite update' to refresh it")
    catalog = new_catalog(code, template_for(project))
    prefill(catalog, code)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_catalog(catalog, path)
    hint = ""
    if code not in project.site.locales:
        hint = f"\nadd {code} to 'locales:' in content/site.yaml to build it"
    return f"created {project.rel(path)}{hint}"
