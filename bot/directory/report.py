"""Plain-text listing of a country's directory entries for staff (``lantern helplines show GB``).

Every service is shown with its contact details, hours, sources, verified-on
date and who verified it, so staff can check each fact against its source.
"""

from __future__ import annotations

from bot.directory.cards import hours_text
from bot.directory.catalog import Catalog, Service
from bot.directory.countries import country_name


def _service_lines(service: Service) -> list[str]:
    lines = [f"  {service.name}  [{service.kind}, id {service.id}]"]
    lines += [f"    {c.kind}: {c.value}" + (f" ({c.instructions})" if c.instructions else "") for c in service.contacts]
    if service.website:
        lines.append(f"    website: {service.website}")
    lines.append(f"    hours: {hours_text(service)}")
    lines += [f"    note: {note}" for note in service.notes]
    lines.append(f"    verified on {service.verified_on.isoformat()} by {service.verified_by or 'unknown'}")
    lines += [f"    source: {url}" for url in service.sources]
    return lines


def show_country(catalog: Catalog, code: str) -> str:
    """The directory as staff see it for one country, plus the global services that apply there."""
    country = catalog.country(code)
    if country is None:
        return (
            f"{country_name(code)} ({code.upper()}) is not in the directory yet; users there get the global services."
        )
    lines = [f"{country.name} ({country.code})", "Emergency numbers:"]
    lines += [f"  {n.number}" + (f" ({n.purpose})" if n.purpose else "") for n in country.emergency]
    lines += [f"  source: {url}" for url in country.sources]
    lines.append("Services:")
    for service in country.services:
        lines += _service_lines(service)
    lines.append("Global services that apply:")
    for service in catalog.global_for(country.code):
        lines += _service_lines(service)
    return "\n".join(lines)
