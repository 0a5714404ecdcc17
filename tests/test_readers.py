"""Tests for checker.readers: every format, every error code, PDFs built with fpdf2."""

from __future__ import annotations

import io
import json
import os
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.errors import InputError
from checker.readers import FORMATS, read_document, read_text, sniff_format, table_lines
from checker.records import Document, Table

FIXTURES = Path(__file__).parent / "fixtures" / "docs"
SHARED = Path(__file__).resolve().parents[2] / "shared"
EXAMPLES = SHARED / "examples" / "seed-reports"
needs_examples = pytest.mark.skipif(
    not EXAMPLES.is_dir(), reason=f"example reports not available ({EXAMPLES} is absent)"
)
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def error(fn, *args, **kwargs) -> InputError:
    with pytest.raises(InputError) as info:
        fn(*args, **kwargs)
    return info.value


# ---------------------------------------------------------------- PDF building


def pdf_safe(text: str) -> str:
    """What a PDF built by `make_pdf` can hold: everything with DejaVu, latin-1 otherwise."""
    if DEJAVU.exists():
        return text
    return text.encode("latin-1", "replace").decode("latin-1")


def make_pdf(lines: list[str], *, wide: bool = True, page_lines: int = 0) -> bytes:
    """A PDF with one text line per entry (``wide``) or wrapped paragraphs on A4.

    ``page_lines`` > 0 starts a new page after that many lines.
    """
    from fpdf import FPDF

    pdf = FPDF(format=(1000, 297) if wide else "A4")
    pdf.set_auto_page_break(True, margin=10)
    if DEJAVU.exists():
        pdf.add_font("DejaVu", fname=str(DEJAVU))
        pdf.set_font("DejaVu", size=8)
    else:
        pdf.set_font("helvetica", size=8)
    pdf.add_page()
    for k, line in enumerate(lines):
        if page_lines and k and k % page_lines == 0:
            pdf.add_page()
        text = pdf_safe(line).replace("\t", "    ") or " "  # fpdf2 draws no tabs
        if wide:
            pdf.cell(text=text, new_x="LMARGIN", new_y="NEXT", h=4)
        else:
            pdf.multi_cell(w=0, h=4, text=text, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def encrypted_pdf() -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf(["secret 88.4"]))))
    writer.encrypt(user_password="hunter2", owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# ---------------------------------------------------------------- plain text


def test_text_lines_keep_numbering():
    doc = read_text("one\r\ntwo\rthree\n\nfive\n", "r.txt")
    assert doc == Document("r.txt", "text", ("one", "two", "three", "", "five"))


def test_hyphenated_wrap_is_joined_onto_first_line():
    doc = read_text(
        "Qwen comprises large language mod-\nels (LLMs) for code.\nNext line.\n", "r.txt"
    )
    assert doc.lines == ("Qwen comprises large language models (LLMs) for code.", "", "Next line.")


def test_hyphenated_wrap_chains_and_skips_one_blank_line():
    doc = read_text("papers ad-\ndressing doc-\numents\nand architec-\n\ntures here\n")
    assert doc.lines == ("papers addressing documents", "", "", "and architectures here", "", "")
    # the emptied lines, and the blank line a join reached across, are inside a sentence
    assert doc.joined == frozenset({2, 3, 5, 6})
    assert read_text("One line\n\nAnother line\n").joined == frozenset()


def test_hyphen_kept_in_compounds_and_not_joined_before_capitals():
    doc = read_text("self-\ninvoking and few-\nshot and GPT-\n4o and 1-\nshot\n")
    assert doc.lines[0] == "self-invoking and few-shot and GPT-"
    assert doc.lines[1:] == ("", "", "4o and 1-", "shot")


def test_a_name_split_inside_its_last_word_is_joined_whole():
    doc = read_text("Qwen2.5-Coder-32B-in-\nstruct and state-of-the-\nart\n")
    assert doc.lines[0] == "Qwen2.5-Coder-32B-instruct and state-of-the-art"
    doc = read_text("DeepSeek-Coder-V2-Lite-In-\nstruct scores\n")
    assert doc.lines[0] == "DeepSeek-Coder-V2-Lite-Instruct scores"


def test_tab_separated_block_becomes_table():
    doc = read_document(FIXTURES / "tabbed.txt")
    assert doc.tables == (
        Table(
            header=(("Model", "HumanEval", "MBPP"),),
            rows=(("ToyCoder-7B", "88.4", "75.2"), ("BaseLM-7B", "82.3", "70.1")),
            line=3,
            row_lines=(4, 5),
        ),
    )
    assert doc.lines == ("Scores", "", "", "", "", "", "Done.")


def test_aligned_columns_become_table_but_prose_does_not():
    doc = read_document(FIXTURES / "aligned.txt")
    assert len(doc.tables) == 1
    table = doc.tables[0]
    assert table.header == (("Model", "HumanEval", "MBPP"),)
    assert table.rows == (("ToyCoder-7B", "88.4", "75.2"), ("BaseLM-7B", "82.3", "70.1"))
    assert (table.line, table.row_lines) == (3, (4, 5))
    assert doc.lines[6] == "Prose with two spaces.  It is not a table"
    assert doc.lines[7] == "even if the next line  has two spaces too."


def test_a_claim_cell_wrapped_onto_an_indented_line_is_one_cell():
    text = (
        "Claim                                                  Verified   Confidence\n"
        "GPT-4o reaches 45.7 on LiveCodeBench (2407-2409).      v          0.19\n"
        "Qwen2.5-Coder-7B-Instruct scores 18.2 on LiveCodeBench           v          0.33\n"
        "  (2407-2411).\n"
        "DeepSeek-Coder-Instruct 33B scores 36.7% on HumanEval-         x          0.12\n"
        "Bash.\n"
        "\n"
        "  An indented paragraph after the table stays prose.\n"
    )
    doc = read_text(text)
    (table,) = doc.tables
    assert [r[0] for r in table.rows] == [
        "GPT-4o reaches 45.7 on LiveCodeBench (2407-2409).",
        "Qwen2.5-Coder-7B-Instruct scores 18.2 on LiveCodeBench (2407-2411).",
        "DeepSeek-Coder-Instruct 33B scores 36.7% on HumanEval-Bash.",  # (unindented, short)
    ]
    assert table.row_lines == (2, 3, 5)
    assert doc.lines[3] == "" and "indented paragraph" in doc.lines[7]


def test_tab_block_without_header_row():
    doc = read_text("a\t88.4\nb\t75.2\n")
    assert doc.tables[0].header == ()
    assert doc.tables[0].rows == (("a", "88.4"), ("b", "75.2"))
    assert doc.tables[0].row_lines == (1, 2)


def test_text_sections():
    doc = read_text("Abstract\n\nWe test.\n\n3.1 Results on HumanEval\n\nGood.\n")
    assert doc.sections == ((1, "Abstract"), (5, "3.1 Results on HumanEval"))


def test_cp1252_and_bom_and_utf16():
    assert read_document("-", data=b"caf\xe9 scores 88.4% \x96 up").lines == (
        "café scores 88.4% – up",
    )
    assert read_document("-", data=b"\xef\xbb\xbfHumanEval 88.4").lines == ("HumanEval 88.4",)
    assert read_document("-", data="HumanEval 88.4\n".encode("utf-16")).lines == ("HumanEval 88.4",)


def test_odd_spaces_and_control_characters_are_normalised():
    doc = read_text("88.4\u00a0% on\u200b HumanEval\x07\n")
    assert doc.lines == ("88.4 % on HumanEval",)


def test_terminal_colours_soft_hyphens_and_mostly_utf8():
    assert read_text("A \x1b[31m88.4\x1b[0m on MBPP\n").lines == ("A 88.4 on MBPP",)
    assert read_text("large language mod\u00ad\nels here\n").lines == (
        "large language models here",
        "",
    )
    data = ("✓ 88.4 on HumanEval " + "✓ " * 10).encode() + b"\xff"
    assert read_document("-", data=data).lines == ("✓ 88.4 on HumanEval " + "✓ " * 10 + "\ufffd",)


# ---------------------------------------------------------------- markdown


def test_markdown_inline_markup_and_sections():
    doc = read_document(FIXTURES / "report.md")
    assert doc.format == "markdown"
    assert doc.sections == ((1, "Results on code benchmarks"), (16, "Setext heading"))
    assert doc.lines[0] == "Results on code benchmarks"
    assert doc.lines[2] == "We compare ToyCoder-7B against BaseLM on"
    assert doc.lines[3] == "HumanEval. ToyCoder reaches 88.4% pass@1, a gain of 6.1 points over the"
    assert doc.lines[4] == (
        "base prompt. The improvement comes from instruction tuning on synthetic data."
    )
    assert doc.lines[5] == ""  # after the dehyphenated wrap: blank line in the source
    assert doc.lines[16] == ""  # setext underline
    assert doc.lines[23] == "snake_case_name stays; 5 * 3 * 2 stays."


def test_markdown_pipe_table():
    doc = read_document(FIXTURES / "report.md")
    assert len(doc.tables) == 1
    table = doc.tables[0]
    assert table.header == (("Model", "HumanEval (+)", "MBPP (+)"),)
    assert table.rows == (
        ("ToyCoder-7B", "88.4 (84.1)", "75.2 (63.0)"),
        ("BaseLM-7B", "82.3 (77.4)", "70.1 | 60.2"),
        ("TinyLM", "40.2", "n/a"),
    )
    assert (table.line, table.row_lines) == (10, (12, 13, 14))
    assert table.caption == "Table 1: pass@1 (%) with greedy decoding."
    assert doc.lines[9:14] == ("", "", "", "", "")  # header, separator and rows blanked


def test_markdown_code_fence_is_left_alone():
    doc = read_document(FIXTURES / "report.md")
    assert doc.lines[19:21] == ("| not | a table |", "|-----|---------|")


def test_markdown_ragged_rows_are_padded():
    doc = read_text("| a | b | c |\n|---|---|---|\n| 1 |\n", format="markdown")
    assert doc.tables[0].rows == (("1", "", ""),)


def test_markdown_footnotes_and_sup():
    doc = read_text("A 88.4 on MBPP[^1] and 7<sup>2</sup>.\n\n[^1]: Greedy.\n", format="markdown")
    assert doc.lines == ("A 88.4 on MBPP¹ and 7².", "", "¹: Greedy.")


def test_markdown_tab_table_cells_lose_markup():
    doc = read_text("**Model**\tHumanEval\nA\t**88.4**\nB\t_70.1_\n", format="markdown")
    assert doc.tables[0].header == (("Model", "HumanEval"),)
    assert doc.tables[0].rows == (("A", "88.4"), ("B", "70.1"))


# ---------------------------------------------------------------- HTML


def test_html_text_blocks_at_their_source_lines():
    doc = read_document(FIXTURES / "report.html")
    assert doc.format == "html"
    text = "\n".join(doc.lines)
    assert "99.9" not in text and "color" not in text and "12.3" not in text
    assert doc.lines[2] == "ToyCoder report"  # <title>
    assert doc.lines[7] == "ToyCoder & friends"
    # a paragraph keeps its source lines, so each claim carries the line it is on
    assert doc.lines[8:10] == (
        "ToyCoder-7B reaches 88.4% pass@1",
        "on HumanEval¹ and 75.2% on MBPP†.",
    )
    assert doc.lines[11] == "Second block; same line"
    assert doc.lines[24] == "• first item 12.5%; • second item"
    assert doc.lines[27:29] == ("line one", "  line two")
    assert doc.sections == ((8, "ToyCoder & friends"),)


def test_html_table_with_thead_colspan_rowspan():
    doc = read_document(FIXTURES / "report.html")
    assert doc.tables == (
        Table(
            header=(
                ("Model", "HumanEval (+)", "HumanEval (+)"),
                ("Model", "base", "plus"),
            ),
            rows=(
                ("ToyCoder-7B", "88.4 (84.1)", "84.1"),
                ("BaseLM", "82.3", "77.4"),
                ("BaseLM", "80.0*", "75.0"),
            ),
            line=16,
            row_lines=(20, 21, 22),
            caption="Table 2: pass@1 (%)",
        ),
    )
    assert not any("88.4 (84.1)" in line for line in doc.lines)


def test_html_th_first_row_is_header_without_thead():
    doc = read_text(
        "<table><tr><th>Model</th><th>HumanEval</th></tr><tr><td>A</td><td>1.0</td></tr></table>",
        format="html",
    )
    assert doc.tables[0].header == (("Model", "HumanEval"),)
    assert doc.tables[0].rows == (("A", "1.0"),)


def test_html_unclosed_tags_are_repaired():
    doc = read_text("<p>A scores 88.4<table><tr><td>x<td>1", format="html")
    assert doc.lines == ("A scores 88.4",)
    assert doc.tables[0].rows == (("x", "1"),)


def test_html_stray_angle_brackets_are_text():
    doc = read_text("<p>pass@1 < 90 and <b>88.4</b></p>\r\n<p>a <broken</p>", format="html")
    assert doc.lines == ("pass@1 < 90 and 88.4", "a <broken")


def test_list_items_start_with_a_bullet_in_every_markup():
    html_doc = read_text("<ul>\n<li>A 1.0</li>\n<li><p>B 2.0</p></li>\n</ul>", format="html")
    assert html_doc.lines == ("", "• A 1.0", "• B 2.0", "")
    tex = "\\begin{itemize}\n\\item A 1.0\n\\item[b)] B 2.0\n\\end{itemize}"
    assert read_text(tex, format="latex").lines == ("", "• A 1.0", "• B 2.0", "")
    assert read_text("- A 1.0\n2. B 2.0\n", format="markdown").lines == ("• A 1.0", "• B 2.0")


# ---------------------------------------------------------------- LaTeX


def test_latex_prose():
    doc = read_document(FIXTURES / "report.tex")
    assert doc.format == "latex"
    assert doc.lines[6] == "ToyCoder-7B reaches 88.4% pass@1 on HumanEval,"
    assert doc.lines[7] == "a gain of 6.1 points; see Table. Scores marked † are ours."
    assert doc.lines[8] == "The instruction tuning helps."
    assert doc.lines[5] == ""  # comment line
    assert doc.lines[29] == "Escaped percent 50% stays; 100% too."
    assert doc.sections == ((5, "Results"), (29, "Notes"))
    assert not any("99.9" in line or "\\" in line for line in doc.lines)


def test_latex_tabular_multicolumn_multirow_caption():
    doc = read_document(FIXTURES / "report.tex")
    assert doc.tables == (
        Table(
            header=(
                ("Model", "HumanEval (+)", "HumanEval (+)", "MBPP"),
                ("Model", "base", "plus", "base"),
            ),
            rows=(
                ("ToyCoder-7B", "88.4", "84.1", "75.2†"),
                ("BaseLM", "82.3", "77.4", "70.1"),
                ("BaseLM", "80.0", "75.0", "69.9"),
            ),
            line=18,
            row_lines=(22, 23, 24),
            caption="Pass@1 (%) on HumanEval and MBPP.",
        ),
    )
    assert doc.lines[15:27] == ("",) * 12  # the tabular environment is blanked


def test_latex_cells_with_paren_values_and_hline_header():
    tex = (
        "\\begin{tabular}{lc}\n\\hline\nModel & HumanEval (+) \\\\\n\\hline\n"
        "A & $88.4$ (84.1) \\\\\nB & \\underline{80.1} (70.0)\\\\[2pt]\n\\hline\n\\end{tabular}\n"
    )
    doc = read_text(tex, format="latex")
    assert doc.tables[0].header == (("Model", "HumanEval (+)"),)
    assert doc.tables[0].rows == (("A", "88.4 (84.1)"), ("B", "80.1 (70.0)"))
    assert doc.tables[0].row_lines == (5, 6)


def test_latex_tabular_star_and_tabularx():
    for env, spec in (("tabular*", "{\\textwidth}{lc}"), ("tabularx", "{\\linewidth}{lX}")):
        tex = f"\\begin{{{env}}}{spec}\nModel & MBPP \\\\\nA & 70.1 \\\\\n\\end{{{env}}}\n"
        doc = read_text(tex, format="latex")
        assert doc.tables[0].rows == (("A", "70.1"),), env


def test_latex_wrapped_multicolumn_and_multirow():
    tex = (
        "\\begin{tabular}{lcc}\nModel & A & B \\\\ \\hline\n"
        "\\textbf{\\multirow{2}{*}{X}} & \\cellcolor{red}\\multicolumn{2}{c}{1.0} \\\\\n"
        " & 2.0 & 3.0 \\\\\n\\end{tabular}\n"
    )
    (table,) = read_text(tex, format="latex").tables
    assert table.header == (("Model", "A", "B"),)
    assert table.rows == (("X", "1.0", "1.0"), ("X", "2.0", "3.0"))


def test_latex_negative_multirow():
    tex = "\\begin{tabular}{lc}\nM & V \\\\\n\\midrule\n & 1.0 \\\\\n\\multirow{-2}{*}{A} & 2.0 \\\\\n\\end{tabular}\n"
    doc = read_text(tex, format="latex")
    assert doc.tables[0].rows == (("A", "1.0"), ("A", "2.0"))


LATEX_EXTRAS = r"""\documentclass{article}
\newcommand{\ours}{\textsc{ToyCoder}}
\title{\ours: a 88.4\% HumanEval model}
\begin{document}
\maketitle
Text\footnote{Greedy.} and \url{https://x.org/a_b} and \verb|a_b%|.
\begin{verbatim}
raw \textbf{x} 1.0
second
\end{verbatim}
After verbatim.
\begin{longtable}{lc}
\caption{Long caption 12.5\%} \\
Model & MBPP \\
\hline
\endhead
\multirow{2}*{A} & 70.1 \\
 & 71.0 \\
\end{longtable}
Caf\'e na\"ive % comment
\end{document}
"""


def test_latex_title_macros_footnote_url_verb_verbatim_accents():
    doc = read_text(LATEX_EXTRAS, "r.tex", "latex")
    assert doc.lines[2] == "ToyCoder: a 88.4% HumanEval model"
    assert doc.lines[5] == "Text (Greedy.) and https://x.org/a_b and a_b%."
    assert doc.lines[7:10] == ("raw \\textbf{x} 1.0", "second", "")
    assert doc.lines[10] == "After verbatim."
    assert doc.lines[19] == "Café naïve"


def test_latex_longtable_caption_and_old_multirow_syntax():
    (table,) = read_text(LATEX_EXTRAS, "r.tex", "latex").tables
    assert table == Table(
        header=(("Model", "MBPP"),),
        rows=(("A", "70.1"), ("A", "71.0")),
        line=14,
        row_lines=(17, 18),
        caption="Long caption 12.5%",
    )


# ---------------------------------------------------------------- JSON / YAML


def test_json_claim_list():
    doc = read_document(FIXTURES / "claims.json")
    assert doc == Document(
        str(FIXTURES / "claims.json"),
        "json",
        # each claim on its source line, as for YAML, so spans and CI annotations point at it
        (
            "",
            "ToyCoder-7B reaches 88.4% pass@1 on HumanEval.",
            "BaseLM-7B scores 70.1 on MBPP.",
            "ToyCoder-7B: 75.2 on MBPP (pass@1)",
            "",
        ),
    )


def test_compact_json_claims_stay_apart():
    doc = read_text('["A-7B scores 1.0 on MBPP", "It scores 2.0 on MBPP+"]', format="json")
    assert doc.lines == ("A-7B scores 1.0 on MBPP", "It scores 2.0 on MBPP+")


def test_yaml_claim_list():
    doc = read_document(FIXTURES / "claims.yaml")
    assert doc.format == "yaml"
    # each claim on its source line (a structured one on its value's), so spans point at it
    assert doc.lines == (
        "ToyCoder-7B reaches 88.4% pass@1 on HumanEval.",
        "BaseLM-7B scores 70.1 on MBPP.",
        "",
        "",
        "ToyCoder-7B: 84.1 on HumanEval+",
    )


def test_yaml_claim_settings_become_words_the_extractor_reads():
    text = (
        "claims:\n"
        "  - model: A-7B\n    benchmark: LiveCodeBench\n"
        "    setting: {dataset_version: '2407-2411'}\n    pass@1: 18.2\n"
        "  - {model: B-7B, benchmark: HumanEval, feedback: execution, value: 81.1}\n"
        "  - {model: C-7B, benchmark: MBPP+, dataset_version: v0.2, value: 70.2}\n"
    )
    doc = read_text(text, format="yaml")
    assert [(i + 1, line) for i, line in enumerate(doc.lines) if line] == [
        (5, "A-7B: 18.2 on LiveCodeBench (pass@1, window 2407-2411)"),
        (6, "B-7B: 81.1 on HumanEval (execution feedback)"),
        (7, "C-7B: 70.2 on MBPP+ (v0.2)"),
    ]


def test_a_run_headers_setting_holds_for_each_item_under_its_own():
    text = (
        "run:\n  setting: {decoding: greedy, shots: 0}\nclaims:\n"
        "  - {model: A-7B, benchmark: HumanEval, pass@1: 57.3}\n"
        "  - {model: B-7B, benchmark: MBPP Pro, setting: {cot: true}, pass@1: 66.4}\n"
        "  - {model: C-7B, benchmark: LiveCodeBench, setting: {dataset_version: All Time},"
        " pass@1: 23.2}\n"
    )
    assert [line for line in read_text(text, format="yaml").lines if line] == [
        "A-7B: 57.3 on HumanEval (pass@1, 0-shot, greedy)",
        "B-7B: 66.4 on MBPP Pro (pass@1, 0-shot, greedy, CoT)",
        "C-7B: 23.2 on LiveCodeBench (pass@1, 0-shot, greedy, all-time window)",
    ]


def test_plain_json_list_of_strings():
    assert read_text('["A scores 1.0 on MBPP"]', format="json").lines == ("A scores 1.0 on MBPP",)


# ---------------------------------------------------------------- format choice


@pytest.mark.parametrize(
    ("data", "fmt"),
    [
        (b"<!DOCTYPE html><p>x 1.0</p>", "html"),
        (b"intro\n<table><tr><td>1</td></tr></table>", "html"),
        (b"\\begin{tabular}{l}\nx \\\\\n\\end{tabular}", "latex"),
        (b"| a | b |\n|---|---|\n| 1 | 2 |\n", "markdown"),
        (b'["A scores 1.0 on MBPP"]', "json"),
        (b"[1] plain text with a bracket", "text"),
        (b"just text", "text"),
    ],
)
def test_stdin_format_is_sniffed(data: bytes, fmt: str):
    assert read_document("-", data=data).format == fmt
    assert sniff_format(data.decode()) == fmt


def test_extension_wins_and_format_argument_wins(tmp_path: Path):
    md = tmp_path / "r.txt"
    md.write_text("| a | b |\n|---|---|\n| 1 | 2 |\n")
    assert read_document(md).format == "text"
    assert read_document(md).tables[0].rows == (("1", "2"),)  # pipe tables read in text too
    assert read_document(md, format="markdown").format == "markdown"
    noext = tmp_path / "report"
    noext.write_text("<html><p>x</p></html>")
    assert read_document(noext).format == "html"


def test_table_lines_puts_rows_back():
    doc = read_document(FIXTURES / "tabbed.txt")
    assert table_lines(doc)[2:5] == (
        "Model\tHumanEval\tMBPP",
        "ToyCoder-7B\t88.4\t75.2",
        "BaseLM-7B\t82.3\t70.1",
    )


# ---------------------------------------------------------------- errors


def test_error_missing(tmp_path: Path):
    err = error(read_document, tmp_path / "nope.txt")
    assert (err.code, err.message, err.path) == (
        "input.missing",
        "no such file",
        str(tmp_path / "nope.txt"),
    )


def test_error_unreadable_directory(tmp_path: Path):
    err = error(read_document, tmp_path)
    assert (err.code, err.message) == ("input.unreadable", "is a directory, not a file")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read any file")
def test_error_unreadable_permission(tmp_path: Path):
    f = tmp_path / "secret.txt"
    f.write_text("x")
    f.chmod(0)
    err = error(read_document, f)
    assert (err.code, err.message) == ("input.unreadable", "permission denied")


def test_error_unreadable_permission_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    f = tmp_path / "secret.txt"
    f.write_text("x")

    def deny(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", deny)
    err = error(read_document, f)
    assert (err.code, err.message) == ("input.unreadable", "permission denied")


def test_error_unreadable_name_too_long(tmp_path: Path):
    err = error(read_document, tmp_path / ("x" * 5000))
    assert (err.code, err.message) == ("input.unreadable", "cannot read: File name too long")


@pytest.mark.parametrize("data", [b"", b"  \n\t\r\n", "\ufeff \n".encode()])
def test_error_empty(data: bytes):
    err = error(read_document, "-", data=data)
    assert (err.code, err.message) == ("input.empty", "input is empty: nothing to read")


def test_error_empty_after_markup():
    err = error(read_text, "<html><script>x=1</script></html>", "r.html", "html")
    assert (err.code, err.message, str(err)) == (
        "input.empty",
        "input is empty: nothing to read",
        "r.html: input is empty: nothing to read",
    )


def test_error_binary():
    err = error(read_document, "-", data=b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert (err.code, err.message) == (
        "input.binary",
        "binary data (NUL bytes), not a text report or PDF",
    )
    err = error(read_document, "-", data=bytes(range(1, 32)) * 4 + b"\xff")
    assert (err.code, err.message) == ("input.binary", "binary data, not a text report or PDF")


def test_error_too_large(tmp_path: Path):
    f = tmp_path / "big.txt"
    f.write_bytes(b"x" * 101)
    err = error(read_document, f, max_bytes=100)
    assert (err.code, err.message) == (
        "input.too_large",
        "input is 101 bytes, over the 100-byte limit (raise max_bytes to read it)",
    )
    err = error(read_document, "-", data=b"x" * 11, max_bytes=10)
    assert err.message == "input is 11 bytes, over the 10-byte limit (raise max_bytes to read it)"


def test_error_encoding():
    err = error(read_document, "-", data="模型得分很高".encode("gb18030") * 5)
    assert (err.code, err.message) == (
        "input.encoding",
        "cannot decode text: not UTF-8 and not cp1252/latin-1; re-save it as UTF-8",
    )


def test_error_encoding_utf16():
    err = error(read_document, "-", data=b"\xff\xfeA\x00B")
    assert (err.code, err.message) == (
        "input.encoding",
        "cannot decode UTF-16 text; re-save it as UTF-8",
    )


def test_error_pdf_without_text():
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(10, 10, 50, 50)
    err = error(read_document, "scan.pdf", data=bytes(pdf.output()))
    assert (err.code, err.message) == (
        "input.empty",
        "PDF has no extractable text (scanned images?)",
    )


def test_error_pdf_encrypted():
    err = error(read_document, "r.pdf", data=encrypted_pdf())
    assert (err.code, err.message) == (
        "input.pdf_encrypted",
        "PDF is encrypted with a password; decrypt it first (e.g. qpdf --decrypt)",
    )


def test_pdf_with_empty_user_password_is_read():
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf(["open 88.4"]))))
    writer.encrypt(user_password="", owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    assert read_document("r.pdf", data=out.getvalue()).lines == ("open 88.4",)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            b"%PDF-1.4\nthis is not really a pdf\n%%EOF",
            "malformed PDF: cannot be parsed; re-export it or give its text instead",
        ),
        (b"hello, I am a text file", "malformed PDF: no %PDF- header"),
    ],
)
def test_error_pdf_malformed(data: bytes, message: str):
    err = error(read_document, "r.pdf", data=data)
    assert (err.code, err.message) == ("input.pdf_malformed", message)


def test_error_pdf_truncated():
    data = make_pdf(["HumanEval 88.4"])
    err = error(read_document, "r.pdf", data=data[: len(data) // 3])
    assert err.code in ("input.pdf_malformed", "input.empty")


@pytest.mark.parametrize(
    ("text", "fmt", "message"),
    [
        ('{"claims": [1,', "json", "malformed JSON: Expecting value (line 1, column 15)"),
        (
            "claims: [a, b\n",
            "yaml",
            "malformed YAML: expected ',' or ']', but got '<stream end>' (line 2)",
        ),
        (
            '{"title": "x"}',
            "json",
            'not a claim list: expected a list of strings, of objects with "text", or {"claims": [...]}',
        ),
        (
            "- ok\n- 3\n",
            "yaml",
            'claim 2: expected a string, an object with "text", or an object with model, benchmark and value',
        ),
        (
            "<p>x</p><![foo]>",
            "html",
            "malformed HTML: unknown status keyword 'foo' in marked section",
        ),
    ],
)
def test_error_malformed(text: str, fmt: str, message: str):
    err = error(read_text, text, "c", fmt)
    assert (err.code, err.message) == ("input.malformed", message)


def test_error_empty_claim_list():
    err = error(read_text, '{"claims": []}', "c.json", "json")
    assert (err.code, err.message) == ("input.empty", "claim list is empty")


def test_error_unknown_format():
    err = error(read_document, "-", data=b"x", format="docx")
    assert (err.code, err.message) == (
        "input.format",
        "unknown format 'docx' (expected one of: text, markdown, html, latex, pdf, json, yaml)",
    )


# ---------------------------------------------------------------- PDF


def test_pdf_dehyphenates_across_lines_and_pages():
    data = make_pdf(
        ["Qwen3 comprises large language mod-", "els for code.", "A tun-", "ing step."],
        page_lines=3,
    )
    doc = read_document("r.pdf", data=data)
    assert doc.format == "pdf"
    assert doc.lines == (
        "Qwen3 comprises large language models for code.",
        "",
        "A tuning step.",
        "",
    )


def test_pdf_table_from_layout_columns():
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=10)
    pdf.add_page()
    pdf.multi_cell(
        w=0, text="Table 2: pass@1 on HumanEval and MBPP.", new_x="LMARGIN", new_y="NEXT"
    )
    with pdf.table() as table:
        for cells in (
            ("Model", "HumanEval (+)", "MBPP (+)"),
            ("ToyCoder-7B", "88.4 (84.1)", "75.2 (63.0)"),
            ("BaseLM-7B", "82.3 (77.4)", "70.1 (60.2)"),
        ):
            row = table.row()
            for cell in cells:
                row.cell(cell)
    pdf.multi_cell(w=0, text="We scored 1.0 and 2.0 after it.", new_x="LMARGIN", new_y="NEXT")
    doc = read_document("r.pdf", data=bytes(pdf.output()))
    assert doc.lines == (
        "Table 2: pass@1 on HumanEval and MBPP.",
        "",
        "",
        "",
        "We scored 1.0 and 2.0 after it.",
    )
    assert doc.tables == (
        Table(
            header=(("Model", "HumanEval (+)", "MBPP (+)"),),
            rows=(
                ("ToyCoder-7B", "88.4 (84.1)", "75.2 (63.0)"),
                ("BaseLM-7B", "82.3 (77.4)", "70.1 (60.2)"),
            ),
            line=2,
            row_lines=(3, 4),
            caption="Table 2: pass@1 on HumanEval and MBPP.",
        ),
    )


def test_pdf_two_column_prose_is_not_a_table():
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=9)
    pdf.add_page()
    left = [
        "ToyCoder reaches 88.4 and 75.2 on",
        "HumanEval and MBPP; BaseLM gets",
        "82.3 and 70.1 on both.",
    ]
    right = [
        "Table 3 lists 12.5 and 13.5 for",
        "the 7B and 13B models with 4 and",
        "8 shots; 1.0 and 2.0 are baselines.",
    ]
    for k, (a, b) in enumerate(zip(left, right, strict=True)):
        pdf.text(10, 20 + 5 * k, a)
        pdf.text(110, 20 + 5 * k, b)
    doc = read_document("r.pdf", data=bytes(pdf.output()))
    assert doc.tables == ()
    assert len(doc.lines) == 3


def test_pdf_page_numbers_and_running_headers_are_blanked():
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=10)
    pages = [["ToyCoder is a large language mod-"], ["els that reaches 88.4 on MBPP."], ["End."]]
    for number, lines in enumerate(pages, 1):
        pdf.add_page()
        pdf.cell(text="Preprint. Under review.", new_x="LMARGIN", new_y="NEXT")
        for line in lines:
            pdf.cell(text=line, new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(-20)
        pdf.cell(text=f"Page {number} of 3")
    doc = read_document("r.pdf", data=bytes(pdf.output()))
    assert doc.lines == (
        "",
        "ToyCoder is a large language models that reaches 88.4 on MBPP.",
        "",  # footer "Page 1 of 3"
        "",  # header "Preprint. Under review."
        "",
        "",
        "",
        "End.",
    )


@pytest.mark.skipif(not DEJAVU.exists(), reason="needs DejaVuSans.ttf for ligature glyphs")
def test_pdf_ligatures_are_expanded():
    doc = read_document("r.pdf", data=make_pdf(["e\ufb03cient \ufb01ne-tuning"]))
    assert doc.lines == ("efficient fine-tuning",)


def _example_reports() -> list[Path]:
    return sorted(EXAMPLES.glob("*.txt")) if EXAMPLES.is_dir() else []


def _claim_lines(doc: Document) -> list[str]:
    return [norm(line) for line in table_lines(doc) if re.search("HumanEval|MBPP", line)]


@needs_examples
@pytest.mark.parametrize("report", _example_reports(), ids=lambda p: p.name[:3])
def test_pdf_of_example_report_matches_text(report: Path, tmp_path: Path):
    text = pdf_safe(report.read_text(encoding="utf-8"))
    as_text = read_text(text, str(report))
    if DEJAVU.exists():
        assert as_text == read_document(report)
    pdf = tmp_path / f"{report.stem}.pdf"
    pdf.write_bytes(make_pdf(text.split("\n")))
    as_pdf = read_document(pdf)
    assert as_pdf.format == "pdf"
    assert norm(" ".join(table_lines(as_pdf))) == norm(" ".join(table_lines(as_text)))
    assert [norm(x) for x in as_pdf.lines] == [norm(x) for x in as_text.lines]
    assert _claim_lines(as_pdf) == _claim_lines(as_text)
    assert [t.rows for t in as_pdf.tables] == [t.rows for t in as_text.tables]


@needs_examples
@pytest.mark.parametrize("report", _example_reports(), ids=lambda p: p.name[:3])
def test_wrapped_pdf_of_example_report_keeps_claim_text(report: Path, tmp_path: Path):
    text = pdf_safe(report.read_text(encoding="utf-8"))
    as_text = read_text(text, str(report))
    pdf = tmp_path / f"{report.stem}.pdf"
    pdf.write_bytes(make_pdf(text.split("\n"), wide=False))
    as_pdf = read_document(pdf)
    pdf_text = norm(" ".join(table_lines(as_pdf)))

    def squeeze(s: str) -> str:  # wrapping may move a hyphen; compare letters only
        return re.sub(r"[\s\-]+", "", s)

    assert squeeze(pdf_text) == squeeze(norm(" ".join(table_lines(as_text))))
    for line in _claim_lines(as_text):
        assert line.replace("\t", " ") in pdf_text.replace("\t", " ")


# ---------------------------------------------------------------- properties

_fast = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _total(fn, *args, source: str | None = None, **kwargs) -> None:
    """``fn`` returns a sound Document or raises InputError; nothing else.

    With ``source`` (the text read), ``lines`` must hold one entry per source line.
    """
    try:
        result = fn(*args, **kwargs)
    except InputError as err:
        assert err.code.startswith("input.") and "\n" not in err.message
        return
    assert isinstance(result, Document)
    assert all("\n" not in line for line in result.lines)
    n = len(result.lines)
    if source is not None:
        text = source.replace("\r\n", "\n").replace("\r", "\n")
        assert n == max(1, text.count("\n") + (0 if text.endswith("\n") else 1))
    for table in result.tables:
        assert len(table.row_lines) == len(table.rows)
        assert 1 <= table.line <= n and all(1 <= k <= n for k in table.row_lines)
    assert all(1 <= k <= n for k, _ in result.sections)


markupish = st.lists(
    st.sampled_from(
        list("ab 1.%\t\n|-*_`#[](){}<>/\\&$^~:=!'\"")
        + [
            "\\begin{tabular}",
            "\\end{tabular}",
            "\\multicolumn{2}{c}{",
            "\\multirow{-3}{*}{",
            "<table>",
            "<tr>",
            "<td colspan=3>",
            "<th rowspan=2>",
            "</table>",
            "|---|",
            "&amp;",
            "\\\\",
            "<sup>",
            "$^\\dagger$",
            "\\cite{",
            "mod-\nels",
        ]
    ),
    max_size=60,
).map("".join)


@_fast
@given(
    text=st.one_of(st.text(max_size=300), markupish),
    fmt=st.sampled_from([f for f in FORMATS if f != "pdf"]),
)
def test_read_text_only_raises_input_error(text: str, fmt: str):
    _total(read_text, text, "p", fmt, source=None if fmt in ("json", "yaml") else text)


@_fast
@given(data=st.binary(max_size=400), fmt=st.sampled_from([None, *FORMATS]))
def test_read_document_bytes_only_raises_input_error(data: bytes, fmt: str | None):
    _total(read_document, "-", data=data, format=fmt)


json_values = st.recursive(
    st.none() | st.booleans() | st.floats() | st.integers() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from(["claims", "text", "model", "benchmark", "value", "metric"]),
            inner,
            max_size=5,
        )
    ),
    max_leaves=12,
)


@_fast
@given(value=json_values, fmt=st.sampled_from(["json", "yaml"]))
def test_claim_files_only_raise_input_error(value: object, fmt: str):
    text = json.dumps(value)  # JSON is YAML too
    _total(read_text, text, "c", fmt)


@settings(max_examples=40, deadline=None)
@given(cut=st.integers(min_value=0, max_value=2000), junk=st.binary(max_size=64))
def test_damaged_pdf_only_raises_input_error(cut: int, junk: bytes):
    base = _PDF_SAMPLE
    _total(read_document, "r.pdf", data=base[:cut] + junk + base[cut + len(junk) :])


_PDF_SAMPLE = make_pdf(["HumanEval 88.4", "MBPP 75.2"])


def test_json_non_finite_values_are_rendered():
    text = '[{"model": "M", "benchmark": "B", "value": NaN}]'
    assert read_text(text, format="json").lines == ("M: nan on B",)


def test_json_roundtrip_property_sample():
    claims = [{"model": "M", "benchmark": "B", "value": 0.5}, {"text": "t"}]
    assert read_text(json.dumps(claims), format="json").lines == ("M: 0.5 on B", "t")


def test_structured_result_lists_become_claim_lines():
    import json

    from checker.readers import read_text

    data = {
        "setting": {"shots": 0, "decoding": "greedy"},
        "results": [{"model": "M-7B", "humaneval_pro": {"pass@1": 0.659}}],
    }
    assert read_text(json.dumps(data), format="json").lines == (
        "M-7B: 0.659 on humaneval pro (pass@1, 0-shot, greedy)",
    )
    runs = {
        "runs": [
            {"model": "M-7B", "benchmark": "MBPP", "metric": "pass@10", "n": 20, "score": 70.1}
        ]
    }
    assert read_text(json.dumps(runs), format="json").lines == (
        "M-7B: 70.1 on MBPP (pass@10, sampled n=20)",
    )


def test_a_last_line_of_control_characters_is_still_a_line():
    # found by hypothesis: the emptied last line was dropped as if it were a final newline
    assert read_text("0\n\x08", path="p").lines == ("0", "")
    assert read_text("0\n", path="p").lines == ("0",)


def test_a_note_under_an_aligned_table_is_not_its_last_cell():
    text = (
        "Model                          HumanEval   MBPP\n"
        "DeepSeek Coder 6.7B Instruct   78.6        65.4\n"
        "Qwen2.5 Coder 7B Instruct      88.4        83.5\n"
        "All runs use 3-shot prompts.\n"
    )
    doc = read_text(text)
    assert doc.tables[0].rows[-1][0] == "Qwen2.5 Coder 7B Instruct"
    assert doc.lines[3] == "All runs use 3-shot prompts."


def test_html_paragraphs_on_adjacent_lines_stay_apart():
    text = (
        "<html><body>\n<p>Qwen2.5-Coder-7B-Instruct scores\n88.4 on HumanEval, and GPT-4o\n"
        "scores 90.2 on\nHumanEval.</p>\n<p>It reaches 83.5 on MBPP.</p>\n</body></html>"
    )
    doc = read_text(text, format="html")
    assert doc.lines[1:6] == (
        "Qwen2.5-Coder-7B-Instruct scores",
        "88.4 on HumanEval, and GPT-4o",
        "scores 90.2 on HumanEval.",
        "",
        "It reaches 83.5 on MBPP.",
    )


def test_an_aligned_table_row_whose_long_cell_leaves_two_spaces_stays_in_the_table():
    text = (
        "Model                                 Window        LCB\n"
        "CodeQwen1.5-7B-Chat                   All Time      23.2\n"
        "Qwen2.5-Coder-32B-Instruct-GPTQ-Int4  2407-2411     30.3\n"
    )
    (table,) = read_text(text, path="t.txt", format="text").tables
    assert table.header == (("Model", "Window", "LCB"),)
    assert table.rows[-1] == ("Qwen2.5-Coder-32B-Instruct-GPTQ-Int4", "2407-2411", "30.3")


def test_a_name_split_at_its_hyphen_by_a_line_break_moves_down_whole():
    text = (
        "From the 1.5B to the 7B base model, Human-\n"
        "Eval+ climbs from 36.6 to 53.0. The flagship Qwen2.5-\n"
        "Coder-32B reaches 65.9% on BigCodeBench-\n"
        "Complete, and the well-\n"
        "Known mod-\n"
        "els follow.\n"
    )
    lines = read_text(text, path="t.txt", format="text").lines
    assert lines[1].startswith("Human-Eval+ climbs from 36.6")  # on the figure's own line
    assert lines[2] == "Qwen2.5-Coder-32B reaches 65.9% on"
    assert lines[3].startswith("BigCodeBench-Complete, and the well-")  # "well-" + "Known": kept
    assert "models follow." in lines[4]


def test_a_split_name_does_not_run_into_a_caption_or_across_a_blank_line_and_prose_stays_prose():
    from checker.readers import _dehyphenate

    assert _dehyphenate(["The score of X-", "Table 3: Results"]) == (
        ["The score of X-", "Table 3: Results"],
        frozenset(),
    )
    doc = read_text(
        "We also evaluated DeepSeek-\n\n## Results\n\nText.\n", path="r.md", format="markdown"
    )
    assert doc.sections and doc.lines[2] == "Results"
    text = "Model            Score\nQwen2.5-Coder-7B   88.4\nIt leads the pack.  It scores 88.4\n"
    doc = read_text(text, path="t.txt", format="text")
    assert doc.tables[0].rows == (("Qwen2.5-Coder-7B", "88.4"),)
    assert doc.lines[2] == "It leads the pack.  It scores 88.4"


def test_section_levels_follow_heading_depth():
    doc = read_text("# A\n\ntext\n\n### B\n\nmore\n\nC\n-\n\nx\n", path="x.md", format="markdown")
    assert doc.section_levels == (1, 3, 2)  # "#", "###", a setext "-" underline
    assert read_document(FIXTURES / "report.tex").section_levels == (3, 4)  # section, subsection


def test_a_json_claim_list_grouped_in_runs_gives_each_claim_its_runs_setting_and_its_own_line():
    text = (
        '{"runs": [\n'
        ' {"setting": {"shots": 0, "decoding": "greedy"}, "metric": "pass@1", "claims": [\n'
        '   {"model": "Qwen2.5-Coder-32B-base", "benchmark": "HumanEval Pro", "value": 61.6},\n'
        '   {"model": "Qwen2.5-Coder-32B-base", "benchmark": "MBPP Pro", "setting": {"shots": 1},'
        ' "value": 73.3}]},\n'
        ' {"setting": {"decoding": "sampled", "n_samples": 20}, "claims": [\n'
        '   {"model": "DeepseekCoder-33B-base", "benchmark": "HumanEval Pro", "metric": "pass@10",'
        ' "value": 65.2}]}\n'
        "]}\n"
    )
    doc = read_text(text, path="r.json", format="json")
    assert [(k + 1, line) for k, line in enumerate(doc.lines) if line] == [
        (3, "Qwen2.5-Coder-32B-base: 61.6 on HumanEval Pro (pass@1, 0-shot, greedy)"),
        (4, "Qwen2.5-Coder-32B-base: 73.3 on MBPP Pro (pass@1, 1-shot, greedy)"),
        (6, "DeepseekCoder-33B-base: 65.2 on HumanEval Pro (pass@10, sampled, sampled n=20)"),
    ]
