import pytest

from checker.models import model_id, parse_model_name


@pytest.mark.parametrize(
    "spellings",
    [
        [
            "DeepseekCoder-33B-instruct",
            "deepseek-coder-33b-instruct",
            "DeepSeek-Coder-Instruct 33B",
            "DS-Coder-33B-Instruct",
        ],
        ["Qwen2.5Coder-7B-base", "Qwen2.5-Coder-7B", "Qwen2.5-Coder-7B-Base", "qwen2.5 coder 7b"],
        ["CodeLlama-34B-Instruct", "Code Llama - Instruct 34B", "CodeLlama-Instruct 34B"],
        ["o1-mini", "O1-mini", "O1 Mini (Sept 2024)"],
        ["Code Llama 7B", "CodeLLama-Base 7B", "CodeLlama-7B"],
        ["Granite-Code-34B-Instruct", "granite-34b-code-instruct", "Granite 34B Code Instruct"],
    ],
)
def test_spellings_of_one_model_share_an_id(spellings):
    ids = {model_id(s) for s in spellings}
    assert len(ids) == 1, ids


@pytest.mark.parametrize(
    "a,b",
    [
        ("Qwen2.5-Coder-7B", "Qwen2.5-Coder-7B-Instruct"),
        ("Qwen2.5-Coder-7B-Instruct", "Qwen2.5-Coder-32B-Instruct"),
        ("CodeLlama-34B", "CodeLlama-34B-Instruct"),
        ("CodeLlama-34B", "Code Llama - Python 34B"),
        ("CodeLlama-34B-Instruct", "Code Llama - Python 34B"),
        ("deepseek-coder-6.7b-instruct", "deepseek-coder-33b-instruct"),
        ("CodeLlama-7B", "CodeLlama-70B"),
        ("Qwen2.5-Coder-32B-Instruct", "Qwen2.5-Coder-32B-Instruct-AWQ"),
        ("GPT-4o", "GPT-4o-mini-2024-07-18"),
        ("DeepSeek-Coder-V2-Instruct", "DeepSeek-Coder-V2-Lite-Instruct"),
        ("Magicoder-DS-6.7B", "Magicoder-S-DS-6.7B"),
        ("Granite-Code-34B-Instruct", "Granite-Code-34B-Base"),
    ],
)
def test_near_names_never_merge(a, b):
    assert model_id(a) != model_id(b)


def test_parse_parts():
    key = parse_model_name("Code Llama - Python 34B").key
    assert (key.family, key.size, key.variant) == ("codellama", "34b", "python")
    parsed = parse_model_name("OpenCodeInterpreter-DS-6.7B + Execution Feedback")
    assert parsed.key.id == "opencodeinterpreterds-6.7b"
    assert parsed.settings == ("execution feedback",)
    assert parse_model_name("Qwen2.5-Coder-32B-Instruct-GPTQ-Int8").key.qualifiers == (
        "gptq",
        "int8",
    )


def test_variant_hint_only_fills_an_unstated_variant():
    assert model_id("Llama 3 8B", "instruct") == "llama3-8b-instruct"
    assert model_id("Llama-3-8B-Base", "instruct") == "llama3-8b-base"


def test_words_without_a_family_give_nothing():
    assert parse_model_name("7B") is None
    assert parse_model_name("") is None


def test_a_name_without_its_only_release_version_is_that_release():
    from checker.models import ONLY_RELEASE, model_id

    assert model_id("Codestral-22B") == model_id("CodeStral 22B") == model_id("Codestral-22B-v0.1")
    assert model_id("Codestral-2501") != model_id("Codestral-22B")  # another release, another id
    assert all(model_id(target) == target for target in ONLY_RELEASE.values())
