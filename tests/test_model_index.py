"""Hugging Face model-card metadata (``model-index``): in YAML, JSON and a README's front matter."""

import json

import pytest

from checker.errors import InputError
from checker.extract import extract_claims
from checker.readers import read_text

MODEL_INDEX = """\
model-index:
- name: Qwen2.5-Coder-7B-Instruct
  results:
  - task: {type: text-generation}
    dataset: {name: HumanEval, type: openai_humaneval}
    metrics:
    - {type: pass@1, value: 88.4, name: "pass@1, greedy"}
  - task: {type: text-generation}
    dataset: {name: MBPP Pro, type: CodeEval-Pro/mbpp-pro}
    metrics:
    - type: pass@1
      value: 64.2
      args: {num_fewshot: 1}
  - task: {type: text-generation}
    dataset: {name: LiveCodeBench, type: livecodebench/code_generation_lite, config: "2407-2409"}
    metrics:
    - {type: pass@1, value: 37.6}
- name: Qwen2.5-Coder-7B
  results:
  - dataset: {name: HumanEval+, type: evalplus/humanevalplus}
    metrics:
    - {type: pass@1, value: 0.530}
"""


def _read(ctx, text, fmt, path="card"):
    return [
        (
            c.span.line,
            c.model_id,
            c.benchmark,
            c.metric,
            c.value,
            c.setting.shots,
            c.setting.decoding,
            c.setting.dataset_version,
        )
        for c in extract_claims(read_text(text, path=path, format=fmt), ctx.vocab)
    ]


EXPECTED = [
    (7, "qwen2.5coder-7b-instruct", "humaneval", "pass@1", 88.4, None, "greedy", None),
    (12, "qwen2.5coder-7b-instruct", "mbpp-pro", "pass@1", 64.2, 1, None, None),
    (17, "qwen2.5coder-7b-instruct", "livecodebench", "pass@1", 37.6, None, None, "2407-2409"),
    (22, "qwen2.5coder-7b-base", "humaneval-plus", "pass@1", 53.0, None, None, None),
]


def test_a_yaml_model_index_gives_one_claim_per_metric_at_its_value_line(ctx):
    assert _read(ctx, MODEL_INDEX, "yaml") == EXPECTED


def test_a_json_model_index_reads_the_same(ctx):
    import yaml

    text = json.dumps(yaml.safe_load(MODEL_INDEX))
    assert [row[1:] for row in _read(ctx, text, "json")] == [row[1:] for row in EXPECTED]


def test_a_readme_front_matter_model_index_is_read_and_other_metadata_is_not_prose(ctx):
    card = f"---\nlicense: apache-2.0\n{MODEL_INDEX}---\n\n# Card\n\nIt scores 88.4 on HumanEval.\n"
    got = _read(ctx, card, "markdown", "README.md")
    # two lines of front matter before the model-index: "---" and "license"
    assert [row[:5] for row in got[:4]] == [(r[0] + 2, *r[1:5]) for r in EXPECTED]
    assert len(got) == 5  # and the body's own claim
    assert (
        _read(ctx, "---\nlicense: apache-2.0\nversion: 2.5\n---\n\nNo scores.\n", "markdown") == []
    )
    # a "---" rule over prose is not metadata: its text is read
    rule = "---\nQwen2.5-Coder-7B-Instruct scores 88.4 on HumanEval.\n\n---\n\nMore.\n"
    assert [row[:5] for row in _read(ctx, rule, "markdown")] == [
        (2, "qwen2.5coder-7b-instruct", "humaneval", None, 88.4)
    ]


def test_a_model_index_without_metric_values_is_an_empty_input(ctx):
    with pytest.raises(InputError) as err:
        read_text("model-index:\n- name: X\n  results: []\n", path="m.yaml", format="yaml")
    assert err.value.code == "input.empty"


def test_model_index_entries_of_the_wrong_shape_are_skipped_and_each_claim_keeps_its_line(ctx):
    text = (
        "model-index:\n"
        "- name: X\n  results: 5\n"
        "- name: Qwen2.5-Coder-7B-Instruct\n"
        "  results:\n"
        "  - dataset: {name: HumanEval}\n"
        "    metrics: 3\n"
        "  - dataset: {name: HumanEval+}\n"
        "    metrics:\n"
        "    - {type: pass@1, value: '77%'}\n"
        "    - {type: pass@1, value: true}\n"
        "    - {type: pass@1, value: 84.1}\n"
    )
    assert [row[:5] for row in _read(ctx, text, "yaml")] == [
        (12, "qwen2.5coder-7b-instruct", "humaneval-plus", "pass@1", 84.1)
    ]
    card = f"---\n{text}---\n"
    assert [row[0] for row in _read(ctx, card, "markdown")] == [13]


def test_an_alias_bomb_in_a_model_index_is_refused():
    metric = "{type: pass@1, value: 1.5}"
    text = (
        "model-index:\n- name: X\n  results: [&r {dataset: {name: HumanEval}, metrics: [&m "
        + metric
        + ", "
        + ", ".join(["*m"] * 399)
        + "]}, "
        + ", ".join(["*r"] * 399)
        + "]\n"
    )
    with pytest.raises(InputError) as err:
        read_text(text, path="bomb.yaml", format="yaml")
    assert err.value.code == "input.too_large"
    # as front matter it is metadata past reading: no claims, no error
    read_text(f"---\n{text}---\n\nText.\n", path="README.md", format="markdown")
