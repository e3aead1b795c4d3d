"""An invoice or utility bill as a text-layer PDF, laid out by its layout's styles."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.pdfgen.canvas import Canvas

from samples.document import Document
from samples.formats import amount_words_es
from samples.pdf_base import GREY, Fmt, Pen
from samples.pdf_billing import meta_caption_row, meta_grid_row, meters_panel, progress_panel
from samples.pdf_blind6 import (
    render_advice_invoice,
    render_garden_pad,
    render_power_bill,
    render_unit_turns,
)
from samples.pdf_blind7 import (
    render_bilingual_form,
    render_gas_bill,
    render_sheet_invoice,
    render_work_order_invoice,
)
from samples.pdf_blind8 import (
    render_cfdi_service,
    render_coop_bill,
    render_erp_invoice,
    render_subscription_invoice,
)
from samples.pdf_blind9 import (
    render_contract_billing,
    render_distributor_invoice,
    render_roof_progress,
    render_water_grid,
)
from samples.pdf_blind10 import (
    render_books_invoice,
    render_carbon_form,
    render_field_app_invoice,
    render_recibo_mx,
)
from samples.pdf_blind11 import (
    render_faxed_form,
    render_photo_invoice,
    render_rep_bill,
    render_retention_factura,
    render_summary_invoice,
)
from samples.pdf_blind12 import (
    render_generator_service,
    render_pipa_invoice,
    render_rolloff_invoice,
    render_termite_renewal,
)
from samples.pdf_blind13 import (
    render_cloud_invoice,
    render_handyman_sheet,
    render_limpieza_factura,
    render_monitoreo_cfdi,
    render_parts_invoice,
)
from samples.pdf_blind14 import (
    render_backflow_test,
    render_ferreteria_credito,
    render_meter_copier,
    render_pool_chem_log,
    render_sat_portal_cfdi,
)
from samples.pdf_blind15 import (
    render_hvac_changeout,
    render_laundry_lease,
    render_limpieza_edificios,
    render_papeleria_cfdi,
    render_summary_bill,
)
from samples.pdf_blind16 import (
    render_cisterna_pr,
    render_city_utility,
    render_irrigation_repair,
    render_subestacion_cfdi,
)
from samples.pdf_blocks import (
    HEADERS,
    Ctx,
    meta_box,
    meta_grid,
    meta_row,
    meta_stacked,
    parties,
    summary,
)
from samples.pdf_desks import render_estimacion, render_gas_mx, render_pinfeed, render_post_hours
from samples.pdf_forms import (
    amount_in_words,
    cfdi_footer,
    due_banner,
    header_din,
    header_logo_cells,
    meta_cells,
    meta_fiscal,
    meta_leaders,
    meta_right_labels,
    meta_ruled,
    meta_sentence,
    meta_strip,
    window_block,
)
from samples.pdf_ledgers import (
    app_footer,
    equation_summary,
    header_app,
    header_issuer_boxes,
    meta_coverage,
    meta_due_row,
    meta_issuer_row,
)
from samples.pdf_letters import due_schedule, header_window_right, render_cuenta
from samples.pdf_more import render_aviso, render_coupon_bill, render_framed_parties, render_supply
from samples.pdf_offices import render_meter_bill, render_online_invoice, render_service_factura
from samples.pdf_panels import (
    header_title_box,
    meta_head_row,
    meta_tab,
    meter_summary,
    notes_right,
    ref_beside_title,
)
from samples.pdf_premises import (
    render_packing_invoice,
    render_pay_app,
    render_pool_books,
    render_trifold_water,
)
from samples.pdf_reports import activity_summary, service_report, signature_lines, work_note
from samples.pdf_rounds import (
    render_carpet_tickets,
    render_hvac_contract,
    render_pest_statement,
    render_trash_month,
)
from samples.pdf_routes import (
    render_hauler,
    render_service_ticket,
    render_sidebar_pr,
    render_word_invoice,
)
from samples.pdf_service import (
    header_account_box,
    header_caps,
    header_dark_band,
    ledger_summary,
    meta_caps_gap,
    meta_field_service,
    meta_period_line,
)
from samples.pdf_sheets import render_counter, render_two_column
from samples.pdf_sites import (
    render_flooring,
    render_monitoring,
    render_pr_bill,
    render_repair_order,
)
from samples.pdf_slips import (
    header_account_panel,
    header_stub_top,
    meta_bar_line,
    meta_period_sentence,
    render_mobile,
)
from samples.pdf_table import (
    HEADER_HEIGHT,
    Table,
    build_table,
    draw_rows,
    draw_totals,
    paginate,
    totals_height,
)
from samples.pdf_tallies import render_demand_bill, render_fire_service, render_staff_hours
from samples.pdf_trades import render_job_invoice, render_poliza, render_postcard, render_visits
from samples.pdf_upkeep import (
    render_building_factura,
    render_cfdi_plagas,
    render_lift_quarter,
    render_visit_log,
)

MARGIN = 40.0
FOOTER_ROOM = 34.0
STUB_HEIGHT = 128.0
DUE_LINE = 14.0
WORDS_LINE = 16.0
CFDI_HEIGHT = 72.0
SCHEDULE_HEIGHT = 64.0
SIGNATURE_HEIGHT = 12.0
ALL_HEADERS = {
    **HEADERS,
    "din": header_din,
    "logo_cells": header_logo_cells,
    "title_box": header_title_box,
    "dark_band": header_dark_band,
    "account_box": header_account_box,
    "caps": header_caps,
    "account_panel": header_account_panel,
    "stub_top": header_stub_top,
    "issuer_boxes": header_issuer_boxes,
    "app_head": header_app,
    "window_right": header_window_right,
}
# whole-page layouts
FORMS = {
    "two_column": render_two_column,
    "counter": render_counter,
    "mobile": render_mobile,
    "cuenta": render_cuenta,
    "coupon_bill": render_coupon_bill,
    "framed_parties": render_framed_parties,
    "supply": render_supply,
    "aviso": render_aviso,
    "job_invoice": render_job_invoice,
    "poliza": render_poliza,
    "postcard": render_postcard,
    "visits": render_visits,
    "repair_order": render_repair_order,
    "pr_bill": render_pr_bill,
    "flooring": render_flooring,
    "monitoring": render_monitoring,
    "service_factura": render_service_factura,
    "meter_bill": render_meter_bill,
    "online_invoice": render_online_invoice,
    "pinfeed": render_pinfeed,
    "post_hours": render_post_hours,
    "estimacion": render_estimacion,
    "gas_mx": render_gas_mx,
    "hauler": render_hauler,
    "sidebar_pr": render_sidebar_pr,
    "word_invoice": render_word_invoice,
    "service_ticket": render_service_ticket,
    "demand_bill": render_demand_bill,
    "staff_hours": render_staff_hours,
    "extinguisher": render_fire_service,
    "visit_log": render_visit_log,
    "building_factura": render_building_factura,
    "lift_quarter": render_lift_quarter,
    "cfdi_plagas": render_cfdi_plagas,
    "pay_app": render_pay_app,
    "pool_books": render_pool_books,
    "packing_invoice": render_packing_invoice,
    "trifold_water": render_trifold_water,
    "carpet_tickets": render_carpet_tickets,
    "trash_month": render_trash_month,
    "pest_statement": render_pest_statement,
    "hvac_contract": render_hvac_contract,
    "advice_invoice": render_advice_invoice,
    "power_bimonthly": render_power_bill,
    "unit_turns": render_unit_turns,
    "garden_pad": render_garden_pad,
    "gas_mcf": render_gas_bill,
    "work_order_invoice": render_work_order_invoice,
    "bilingual_form": render_bilingual_form,
    "sheet_invoice": render_sheet_invoice,
    "coop_bill": render_coop_bill,
    "subscription_invoice": render_subscription_invoice,
    "cfdi_service": render_cfdi_service,
    "erp_invoice": render_erp_invoice,
    "contract_billing": render_contract_billing,
    "water_grid": render_water_grid,
    "roof_progress": render_roof_progress,
    "distributor_invoice": render_distributor_invoice,
    "books_invoice": render_books_invoice,
    "recibo_mx": render_recibo_mx,
    "field_app_invoice": render_field_app_invoice,
    "carbon_form": render_carbon_form,
    "summary_invoice": render_summary_invoice,
    "rep_bill": render_rep_bill,
    "faxed_form": render_faxed_form,
    "rolloff_invoice": render_rolloff_invoice,
    "termite_renewal": render_termite_renewal,
    "generator_service": render_generator_service,
    "pipa_invoice": render_pipa_invoice,
    "retention_factura": render_retention_factura,
    "photo_invoice": render_photo_invoice,
    "cloud_invoice": render_cloud_invoice,
    "handyman_sheet": render_handyman_sheet,
    "parts_invoice": render_parts_invoice,
    "monitoreo_cfdi": render_monitoreo_cfdi,
    "limpieza_factura": render_limpieza_factura,
    "meter_copier": render_meter_copier,
    "backflow_test": render_backflow_test,
    "pool_chem_log": render_pool_chem_log,
    "sat_portal_cfdi": render_sat_portal_cfdi,
    "ferreteria_credito": render_ferreteria_credito,
    "summary_bill": render_summary_bill,
    "hvac_changeout": render_hvac_changeout,
    "laundry_lease": render_laundry_lease,
    "limpieza_edificios": render_limpieza_edificios,
    "papeleria_cfdi": render_papeleria_cfdi,
    "city_utility": render_city_utility,
    "irrigation_repair": render_irrigation_repair,
    "cisterna_pr": render_cisterna_pr,
    "subestacion_cfdi": render_subestacion_cfdi,
}


def render_invoice(doc: Document) -> tuple[bytes, int]:
    """The PDF bytes of ``doc`` and its page count."""
    if doc.layout.get("form"):
        return FORMS[doc.layout["form"]](doc)
    size = A4 if doc.layout.get("page") == "a4" else LETTER
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=size, invariant=1, pageCompression=1)
    canvas.setTitle(f"{doc.labels['title'].title()} {doc.invoice_number}")
    canvas.setAuthor(doc.vendor_name)
    pen = Pen(canvas, size[0], size[1], doc.layout["font"], doc.layout["accent"])
    c = Ctx(pen, doc, Fmt.of(doc), MARGIN)
    table = build_table(c)
    top = _first_page_blocks(c, MARGIN)
    limit = size[1] - MARGIN - FOOTER_ROOM
    pages = paginate(
        table.heights,
        limit - top - HEADER_HEIGHT,
        limit - (MARGIN + 40) - HEADER_HEIGHT,
        _closing_height(c),
        table.glued,
    )
    for number, (first, end) in enumerate(pages, start=1):
        if number > 1:
            canvas.showPage()
            top = _continued_header(c, number)
        _page(c, table, first, end, top, number, len(pages))
    canvas.save()
    return buffer.getvalue(), len(pages)


def _first_page_blocks(c: Ctx, y: float) -> float:
    """Header, details, parties and summary; returns where the table starts."""
    layout = c.doc.layout
    y = ALL_HEADERS[layout["header"]](c, y)
    meta = layout.get("meta", "right_box")
    if meta == "sentence" and layout.get("sentence_at") == "title":
        y = ref_beside_title(c, y)
    elif meta == "sentence":
        y = meta_sentence(c, y)
    if meta in ("right_box", "inline_right", "right_labels", "sentence", "ruled", "leaders"):
        w = c.width * 0.42
        left = parties(c, c.margin, y, c.width - w - 14)
        if meta == "right_labels":
            right = meta_right_labels(c, c.right - w, y, w)
        elif meta == "ruled":
            right = meta_ruled(c, c.right - w, y, w)
        elif meta == "leaders":
            right = meta_leaders(c, c.right - w, y, w)
        else:
            right = meta_box(c, c.right - w, y, w, boxed=meta == "right_box")
        y = max(left, right)
    elif meta == "fiscal":  # a CFDI's fiscal panel on the right, the parties beside it
        w = c.width * 0.5
        left = parties(c, c.margin, y, c.width - w - 14)
        y = max(left, meta_fiscal(c, c.right - w, y, w))
    elif meta in ("head_cells", "in_panel"):  # the details are in the header's grid or panel
        y = parties(c, c.margin, y, c.width)
    elif meta == "bar_line":  # "Label: value | Label: value" on one line, then the parties
        y = meta_bar_line(c, y)
    elif meta == "period_sentence":  # the period in a sentence, then parties and details
        y = meta_period_sentence(c, y)
    elif meta == "window":
        y = window_block(c, y)
    elif meta == "cells":
        y = parties(c, c.margin, meta_cells(c, y), c.width)
    elif meta == "strip":
        y = parties(c, c.margin, meta_strip(c, y), c.width)
    elif meta == "stacked":
        w = c.width * 0.34
        right = parties(c, c.margin + w + 24, y, c.width - w - 24)
        y = max(meta_stacked(c, c.margin, y, w), right)
    elif meta == "table_row":
        y = meta_row(c, parties(c, c.margin, y, c.width))
    elif meta == "head_row":  # the parties' boxes, then the row of header cells
        y = meta_head_row(c, parties(c, c.margin, y, c.width))
    elif meta == "tab":  # details and parties at one fixed tab
        y = meta_tab(c, y)
    elif meta == "field_service":  # details beside the parties, then the visit panel
        y = meta_field_service(c, y)
    elif meta == "period_line":  # the period written out, then folio, date and parties
        y = meta_period_line(c, y)
    elif meta == "caps_gap":  # the details stand in the header; the customer across
        y = meta_caps_gap(c, y)
    elif meta == "caption_under":  # boxes of value over caption, then captioned parties
        y = parties(c, c.margin, meta_caption_row(c, y), c.width)
    elif meta == "grid_row":  # a ruled two-row table of labels over values, then parties
        y = parties(c, c.margin, meta_grid_row(c, y), c.width)
    elif meta == "coverage":  # parties and boxed details, then the period covered in a bar
        y = meta_coverage(c, y)
    elif meta == "issuer_row":  # the recipient is in the header's boxes: details and job site
        y = meta_issuer_row(c, y)
    elif meta == "due_row":  # parties beside details that end with the amount due
        y = meta_due_row(c, y)
    else:
        y = parties(c, c.margin, meta_grid(c, y), c.width)
    if layout.get("due_banner"):
        y = due_banner(c, y)
    if layout.get("summary") == "meter":
        return meter_summary(c, y) + 4
    if layout.get("summary") == "ledger":
        return ledger_summary(c, y) + 4
    if layout.get("summary") == "progress":
        return progress_panel(c, y) + 4
    if layout.get("summary") == "meters":
        return meters_panel(c, y) + 4
    if layout.get("summary") == "equation":
        return equation_summary(c, y) + 4
    if layout.get("summary") == "work_note":
        return work_note(c, y) + 4
    if layout.get("summary") == "activity":
        return activity_summary(c, y) + 4
    if layout.get("summary") == "report":
        return service_report(c, y) + 4
    return summary(c, y) + 4


def _closing_height(c: Ctx) -> float:
    height = totals_height(c) + 52
    if c.doc.extras.get("due_days"):
        height += DUE_LINE
    if c.doc.layout.get("remit") == "stub":
        height += STUB_HEIGHT
    if c.doc.layout.get("amount_words"):
        height += WORDS_LINE
    if c.doc.layout.get("cfdi"):
        height += CFDI_HEIGHT
    if c.doc.layout.get("due_schedule"):
        height += SCHEDULE_HEIGHT
    if c.doc.layout.get("signatures"):
        height += SIGNATURE_HEIGHT
    return height


def _continued_header(c: Ctx, number: int) -> float:
    pen, lab = c.pen, c.labels
    y = MARGIN + 12
    pen.text(c.margin, y, c.doc.vendor_name, 11, bold=True, color=pen.accent)
    ref = f"{lab['invoice_number']} {c.doc.invoice_number} {lab['continued_header']}"
    pen.text(c.right, y, ref, 9, align="right")
    pen.line(c.margin, y + 8, c.right, y + 8, color=pen.accent, width=0.8)
    return MARGIN + 40


def _page(c: Ctx, table: Table, first: int, end: int, top: float, number: int, count: int) -> None:
    pen, lab = c.pen, c.labels
    bottom = draw_rows(c, table, first, end, top)
    if number < count:
        pen.text(
            c.right,
            bottom + 16,
            lab["continued_footer"],
            8.5,
            italic=True,
            align="right",
            color=GREY,
        )
    elif c.doc.layout.get("notes_side") == "right":  # totals on the left, notes beside them
        draw_totals(c, bottom)
        notes_right(c, bottom)
        _remit_footer(c)
    else:
        y = draw_totals(c, bottom)
        if c.doc.layout.get("amount_words"):
            y = amount_in_words(c, y, amount_words_es(c.doc.total, c.doc.currency))
        if c.doc.layout.get("due_schedule"):  # the due date only in the schedule
            y = due_schedule(c, y)
        if c.doc.layout.get("signatures"):  # on the left beside the totals
            y = max(y, signature_lines(c, bottom))
        _notes(c, y)
        if c.doc.layout.get("cfdi"):
            cfdi_footer(c, y + 48)
        _remit_footer(c)
        if c.doc.layout.get("app_footer"):
            app_footer(c)
    if count > 1:
        page = lab["page"].format(n=number, m=count)
        pen.text(
            c.margin + c.width / 2, pen.height - MARGIN + 8, page, 8, align="center", color=GREY
        )


def _notes(c: Ctx, y: float) -> None:
    pen = c.pen
    days = c.doc.extras.get("due_days")
    if days:  # the only due date the document gives
        pen.text(c.margin, y + 8, c.labels["due_within"].format(days=days), 9, bold=True)
        y += DUE_LINE
    for k, text in enumerate(pen.wrap(c.labels["notes"], 7.5, c.width * 0.55)):
        pen.text(c.margin, y + 8 + 9 * k, text, 7.5, italic=True, color=GREY)
    pen.text(c.margin, y + 36, c.labels["thanks"], 9, bold=True, color=pen.accent)


def _remit_footer(c: Ctx) -> None:
    doc, pen, lab = c.doc, c.pen, c.labels
    remit = doc.layout.get("remit")
    if not doc.remit_lines:
        return
    if remit == "footer":
        text = f"{lab['remit_to']}: {doc.vendor_name}, {', '.join(doc.remit_lines)}"
        y = pen.height - MARGIN - 12
        pen.line(c.margin, y - 12, c.right, y - 12, color=GREY, width=0.4)
        pen.text(c.margin + c.width / 2, y, text, 8.5, bold=True, align="center", fit=c.width)
    elif remit == "sentence":  # no remit-to heading: the address is only named in the text
        text = lab["remit_sentence"].format(
            name=doc.vendor_name, address=", ".join(doc.remit_lines)
        )
        y = pen.height - MARGIN - 12
        pen.text(c.margin + c.width / 2, y, text, 8.5, align="center", fit=c.width)
    elif remit == "stub":
        _stub(c)


def _stub(c: Ctx) -> None:
    doc, pen, lab, fmt = c.doc, c.pen, c.labels, c.fmt
    y = pen.height - MARGIN - FOOTER_ROOM - STUB_HEIGHT + 14
    pen.line(0, y, pen.width, y, color=GREY, width=0.6, dash=(4, 3))
    pen.text(c.margin, y + 12, lab["stub"], 7.5, italic=True, color=GREY)
    pen.text(c.margin, y + 32, lab["remit_to"], 8, bold=True, color=pen.accent)
    for k, line in enumerate([doc.vendor_name, *(doc.remit_lines or [])]):
        pen.text(c.margin, y + 45 + 11 * k, line, 9.5, bold=k == 0)
    x, w = c.right - 240, 240.0
    pairs = [(lab["account_number"], doc.account_number or doc.invoice_number)]
    if doc.due_date:
        pairs.append((lab["due_date"], fmt.date(doc.due_date)))
    pairs.append((lab["amount_due"], fmt.money(doc.due_amount)))
    pen.rect(x, y + 22, w, 16 * len(pairs) + 26, stroke=pen.fill_accent)
    for k, (label, value) in enumerate(pairs):
        pen.text(x + 8, y + 36 + 16 * k, label, 8.5, bold=True)
        pen.text(c.right - 8, y + 36 + 16 * k, value, 9.5, align="right")
    pen.text(
        x + 8, y + 36 + 16 * len(pairs) + 2, f"{lab['enclosed']}: ______________", 7.5, color=GREY
    )
