"""A PDF made from each example report gives the same claims as its text version."""

import pytest
from test_readers import make_pdf  # tests/ is on sys.path under pytest

from checker.extract import extract_claims
from checker.readers import read_document


def _key(c):
    return (c.model_id, c.benchmark, c.metric, c.value_text, c.relation)


@pytest.mark.parametrize("name", ["001", "002", "003", "004"])
@pytest.mark.parametrize("wide", [True, False])
def test_pdf_and_text_give_the_same_claims(ctx, seed_reports, tmp_path, name, wide):
    text_path = next(seed_reports.glob(f"{name}_*.txt"))
    from_text = extract_claims(read_document(text_path), ctx.vocab)
    pdf_path = tmp_path / f"{name}.pdf"
    pdf_path.write_bytes(make_pdf(text_path.read_text(encoding="utf-8").splitlines(), wide=wide))
    from_pdf = extract_claims(read_document(pdf_path), ctx.vocab)
    assert [_key(c) for c in from_pdf] == [_key(c) for c in from_text]
