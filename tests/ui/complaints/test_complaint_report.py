"""The complaints report prints as it is shown, the whole period's row last."""

from __future__ import annotations

from shopcrm.customers import profiles
from shopcrm.storage.models import Complaint
from shopcrm.ui.complaints.complaint_report import ComplaintReport
from tests.helpers.pdf import read_pdf


def test_the_report_prints_with_its_totals(qtbot, english, db, owner, tmp_path) -> None:
    she = profiles.quick_add("张小丽", "13812345678")
    for category in ("quality", "quality", "service"):
        Complaint.create(customer=she.id, category=category, description="测试")
    shown = ComplaintReport()
    qtbot.addWidget(shown)
    last = shown.model.rowCount() - 1
    assert shown.model.item(last, 0).text() == "All complaints"
    assert shown.model.item(last, 1).text() == "3"
    assert shown.model.item(0, 3).text() == "—"  # none closed: no average
    printing = shown.print_report()  # a child of the report, closed with it
    (page,), (size,) = read_pdf(printing.save_pdf(tmp_path / "report.pdf"))
    assert size.width() > size.height()
    assert "Complaints report" in page and "All complaints" in page
