"""The sources a `cite` names, as entries a reference manager reads: BibTeX, RIS or CSL-JSON; one entry per source,
with its title, publisher, date, language and the address where the figures were read, and the locators cited as a note."""

from __future__ import annotations

import re


def entries(cited, sources: list[dict]) -> list[dict]:
    """One entry per source of the rows of ``cited`` (:func:`ipr_stats.analysis.catalog.cite`'s frame), in the order
    first cited (:func:`ipr_stats.analysis.catalog.cited_sources`): id, title, publisher, published, language, kind,
    url (the address of the first figure cited), locators (each locator cited, once) and reprint (whether an address
    cited is a reprint or mirror on another site than the publisher's)."""
    from ipr_stats.analysis.catalog import cited_sources

    reprinted = set(cited.filter(cited["mirror"].fill_null(False))["source"].to_list()) if "mirror" in cited.columns else set()
    found: dict[str, dict] = {}
    for row in cited_sources(cited, sources).iter_rows(named=True):
        entry = found.setdefault(row["source"], {"id": row["source"], "url": row["address"], "locators": [],
                                                 "reprint": row["source"] in reprinted,
                                                 **{k: row[k] for k in ("title", "publisher", "published", "language", "kind")}})
        if row["locator"] and row["locator"] not in entry["locators"]:
            entry["locators"].append(row["locator"])
    return list(found.values())


def written(fmt: str, cited: list[dict]) -> str:
    """The entries as the text of one format of :data:`ipr_stats.cli.options.CITATIONS`."""
    return {"bibtex": bibtex, "ris": ris, "csl-json": csl_json}[fmt](cited)


def _date_parts(published: str) -> list[int]:
    """'2019-04-23' -> [2019, 4, 23]; '2009' -> [2009]; the parts a date as recorded has."""
    found = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", published or "")
    return [int(p) for p in found.groups() if p] if found else []


def _note(entry: dict) -> str | None:
    """The locators cited, and where the address is a reprint or mirror, so: 'Table 1; read at a reprint ...'."""
    parts = [*entry["locators"], *(["read at a reprint or mirror, not the publisher's own page"] if entry.get("reprint") else [])]
    return "; ".join(parts) or None


BIBTEX_SPECIAL = re.compile(r"([\\{}&%$#_^~])")


def _bibtex_text(text: str) -> str:
    """A value inside BibTeX's braces: its special characters escaped, so that braces always balance."""
    escaped = {"\\": r"\textbackslash{}", "^": r"\textasciicircum{}", "~": r"\textasciitilde{}"}
    return BIBTEX_SPECIAL.sub(lambda m: escaped.get(m.group(1), "\\" + m.group(1)), " ".join(text.split()))


def _bibtex_url(url: str) -> str:
    """An address as BibTeX's url field takes it: as it is (biblatex and the url package read it verbatim), but for
    the characters that would end the field, percent-encoded."""
    return "".join(f"%{ord(c):02X}" if c in "{}\\" or c.isspace() else c for c in url)


def _bibtex_key(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_:.-]", "-", text) or "source"


MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def bibtex(cited: list[dict]) -> str:
    """@misc entries, keyed by source id: title (its case kept), the publisher as author and publisher, year, month
    (BibTeX's macro: apr), url, language and the locators as a note."""
    out = []
    for entry in cited:
        parts = _date_parts(entry["published"])
        fields = [("title", "{" + _bibtex_text(entry["title"]) + "}"), ("author", "{" + _bibtex_text(entry["publisher"]) + "}"),
                  ("publisher", _bibtex_text(entry["publisher"])), ("year", str(parts[0]) if parts else None),
                  ("month", MONTHS[parts[1] - 1] if len(parts) > 1 and 1 <= parts[1] <= 12 else None),
                  ("url", entry["url"] and _bibtex_url(entry["url"])), ("language", entry["language"] and _bibtex_text(entry["language"])),
                  ("note", _note(entry) and _bibtex_text(_note(entry)))]
        body = ",\n".join(f"  {name} = {value if name == 'month' else '{' + value + '}'}" for name, value in fields if value)
        out.append(f"@misc{{{_bibtex_key(entry['id'])},\n{body}\n}}\n")
    return "\n".join(out)


RIS_TYPES = {"official": "RPRT", "news": "NEWS"}  # a source kind -> RIS's type; others ELEC, a web page


def ris(cited: list[dict]) -> str:
    """RIS records: type by the source's kind, title, publisher (as author too), year and date, URL, language, the
    locators as a note."""
    out = []
    for entry in cited:
        parts = _date_parts(entry["published"])
        date = "/".join([f"{parts[0]:04d}", *(f"{p:02d}" for p in parts[1:])]) if parts else None
        lines = [("TY", RIS_TYPES.get(entry["kind"], "ELEC")), ("ID", entry["id"]), ("TI", entry["title"]), ("AU", entry["publisher"]),
                 ("PB", entry["publisher"]), ("PY", str(parts[0]) if parts else None), ("DA", date), ("UR", entry["url"]),
                 ("LA", entry["language"]), ("N1", _note(entry))]
        out.append("".join(f"{tag}  - {' '.join(str(value).split())}\n" for tag, value in lines if value) + "ER  - \n")
    return "\n".join(out)


CSL_TYPES = {"official": "report", "news": "article-newspaper"}  # others: webpage


def csl_json(cited: list[dict]) -> str:
    """CSL-JSON items, as Zotero and pandoc read them: the publisher as a literal author."""
    import json

    items = []
    for entry in cited:
        parts = _date_parts(entry["published"])
        item = {"id": entry["id"], "type": CSL_TYPES.get(entry["kind"], "webpage"), "title": entry["title"],
                "author": [{"literal": entry["publisher"]}], "publisher": entry["publisher"],
                **({"issued": {"date-parts": [parts]}} if parts else {}), **({"URL": entry["url"]} if entry["url"] else {}),
                **({"language": entry["language"]} if entry["language"] else {}), **({"note": _note(entry)} if _note(entry) else {})}
        items.append(item)
    return json.dumps(items, ensure_ascii=False, indent=2) + "\n"
