"""sitemap.xml with an `xhtml:link` alternate for every locale of every page, plus x-default."""

from __future__ import annotations

from generator.model.types import Page, Site


# xml.sax.saxutils' escape and quoteattr, written out: importing saxutils imports urllib.request,
# http.client and ssl (18 ms of every command's start) for these two lines
def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


def quoteattr(text: str) -> str:
    text = escape(text).replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;")
    if '"' not in text:
        return f'"{text}"'
    if "'" not in text:
        return f"'{text}'"
    return '"' + text.replace('"', "&quot;") + '"'


def sitemap_xml(site: Site, pages: tuple[Page, ...]) -> bytes:
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
           'xmlns:xhtml="http://www.w3.org/1999/xhtml">']
    for page in pages:
        path = f"{page.slug}/" if page.slug else ""
        for locale in site.locales:
            out.append("  <url>")
            out.append(f"    <loc>{escape(f'{site.base_url}/{locale}/{path}')}</loc>")
            for other in site.locales:
                href = f"{site.base_url}/{other}/{path}"
                out.append(f'    <xhtml:link rel="alternate" hreflang="{other.replace("_", "-")}" href={quoteattr(href)}/>')
            default = f"{site.base_url}/"
            out.append(f'    <xhtml:link rel="alternate" hreflang="x-default" href={quoteattr(default)}/>')
            out.append("  </url>")
    out.append("</urlset>")
    return ("\n".join(out) + "\n").encode("utf-8")
