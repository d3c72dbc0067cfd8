"""Load a whole project directory into the model: site, policies, pages. Reads, never writes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.errors import ContentError, InputError, Location, SlasiteError
from generator.load.pages import read_page
from generator.load.yamlfile import load_yaml_file
from generator.model.read import read_policy, read_site
from generator.model.types import Page, Policy, Site


@dataclass(frozen=True)
class Project:
    root: Path
    site: Site
    policies: dict[str, Policy]
    pages: tuple[Page, ...]

    @property
    def locales_dir(self) -> Path:
        return self.root / "locales"

    @property
    def templates_dir(self) -> Path:
        return self.root / "templates"

    def catalog_path(self, locale: str) -> Path:
        return self.locales_dir / locale / "LC_MESSAGES" / "messages.po"

    def rel(self, path: Path) -> str:
        try:
            return str(path.relative_to(self.root))
        except ValueError:
            return str(path)


def load_project(root: Path) -> Project:
    """Read content/ into the model, collecting errors from every file before raising."""
    root = root.resolve()
    content = root / "content"
    if not (content / "site.yaml").exists():
        raise InputError(f"no content/site.yaml in {root}", Location("content/site.yaml"),
                         "run slasite in a project folder or pass --project DIR")
    errors: list[SlasiteError] = []

    def attempt(fn, *args):
        try:
            return fn(*args)
        except ContentError as exc:
            errors.extend(exc.errors)
        except SlasiteError as exc:
            errors.append(exc)
        return None

    site = attempt(lambda: read_site(load_yaml_file(content / "site.yaml", "content/site.yaml"),
                                     "content/site.yaml"))
    policies: dict[str, Policy] = {}
    for path in sorted((content / "policies").glob("*.yaml")):
        display = f"content/policies/{path.name}"
        policy = attempt(lambda p=path, d=display: read_policy(load_yaml_file(p, d), d))
        if policy is not None:
            if policy.id != path.stem:
                errors.append(InputError(f"policy id '{policy.id}' differs from its file name '{path.stem}'",
                                         Location(display), "make the id match the file name"))
            policies[policy.id] = policy
    pages = []
    for path in sorted((content / "pages").glob("*.md")):
        page = attempt(read_page, path, f"content/pages/{path.name}")
        if page is not None:
            if page.policy and page.policy not in policies and not any(
                    e.location and e.location.path.endswith(f"/{page.policy}.yaml") for e in errors):
                errors.append(InputError(f"page presents policy '{page.policy}', which does not exist",
                                         Location(page.path, 2), "check content/policies/"))
            pages.append(page)
    if not any(p.slug == "" for p in pages) and not errors:
        errors.append(InputError("there is no home page", Location("content/pages/index.md"),
                                 "create content/pages/index.md"))
    if errors:
        raise ContentError(errors)
    pages.sort(key=lambda p: (p.order, p.slug))
    return Project(root, site, policies, tuple(pages))
