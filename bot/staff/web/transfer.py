"""Console pages for importing and exporting the directory (CSV or YAML, whole directory or one country).

Importing is two steps.  Uploading runs a dry run that writes nothing and
shows every problem (row, field, reason) or every change the file would
make; the page keeps the file (base64 in a hidden field, with its SHA-256)
so that "Apply" applies exactly the file that was reviewed, in one
transaction.  Editors' imports become drafts; publishers may publish at once.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from typing import Any

from starlette.datastructures import FormData, UploadFile
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from bot.staff import workflow
from bot.staff.accounts import SignedIn
from bot.staff.roles import EDIT, PUBLISH, VIEW, allows
from bot.staff.web.common import SECURITY_HEADERS, in_db, message_page, page, redirect, render


@page(VIEW)
async def transfer_page(request: Request, who: SignedIn) -> Response:
    return render(request, "transfer.html", who, notice=request.query_params.get("notice"))


@page(VIEW)
async def export(request: Request, who: SignedIn) -> Response:
    from bot.staff import transfer

    kind = request.path_params["kind"]
    country = request.query_params.get("country", "").strip().upper() or None
    if kind not in ("csv", "yaml"):
        return message_page(request, who, 404, "Not found", "Exports are .csv or .yaml.")
    writer = transfer.export_csv if kind == "csv" else transfer.export_yaml
    try:
        text = await in_db(request, writer, country)
    except workflow.NotFound as missing:
        return message_page(request, who, 404, "Not found", str(missing))
    name = f"lantern-directory{'-' + country if country else ''}.{kind}"
    media = "text/csv; charset=utf-8" if kind == "csv" else "application/yaml; charset=utf-8"
    headers = dict(SECURITY_HEADERS, **{"Content-Disposition": f'attachment; filename="{name}"'})
    return Response(text, media_type=media, headers=headers)


def _summary(plan: Any) -> dict[str, Any]:
    return {"problems": plan.problems, "changes": [c for c in plan.changes if c.kind != "unchanged"], "plan": plan}


@page(EDIT)
async def upload(request: Request, who: SignedIn, form: FormData) -> Response:
    from bot.staff import transfer

    upload_file = form.get("file")
    if not isinstance(upload_file, UploadFile) or not upload_file.filename:
        return message_page(request, who, 422, "No file", "Choose a CSV or YAML file to import.")
    data = await upload_file.read()
    country = str(form.get("country") or "").strip().upper() or None
    plan = await in_db(request, transfer.plan_import, data, upload_file.filename, country)
    return render(
        request,
        "import_plan.html",
        who,
        **_summary(plan),
        filename=upload_file.filename,
        country=country or "",
        content=base64.b64encode(data).decode(),
        digest=hashlib.sha256(data).hexdigest(),
        reviewed=plan.fingerprint,
        can_publish=allows(who.actor.role, PUBLISH),
        status_code=422 if plan.problems else 200,
    )


@page(EDIT)
async def apply(request: Request, who: SignedIn, form: FormData) -> Response:
    from bot.staff import transfer

    try:
        data = base64.b64decode(str(form.get("content") or ""), validate=True)
    except (binascii.Error, ValueError):
        return message_page(
            request, who, 422, "Not imported", "The reviewed file did not come back intact; upload it again."
        )
    if hashlib.sha256(data).hexdigest() != str(form.get("digest") or ""):
        return message_page(
            request, who, 422, "Not imported", "The reviewed file did not come back intact; upload it again."
        )
    filename = str(form.get("filename") or "import.csv")
    country = str(form.get("country") or "").strip().upper() or None
    publish = bool(form.get("publish"))
    reviewed = str(form.get("reviewed") or "")

    def run(session: Any) -> Any:
        plan = transfer.plan_import(session, data, filename, country)
        return transfer.apply_import(session, plan, who.actor, publish, reviewed=reviewed)

    try:
        result = await in_db(request, run)
    except (workflow.WorkflowError, PermissionError) as refused:
        return message_page(request, who, 409, "Not imported", str(refused))
    return redirect("/admin/transfer", transfer.describe_result(result))


def routes() -> list[BaseRoute]:
    return [
        Route("/admin/transfer", transfer_page),
        Route("/admin/export.{kind:str}", export),
        Route("/admin/import", upload, methods=["POST"]),
        Route("/admin/import/apply", apply, methods=["POST"]),
    ]
