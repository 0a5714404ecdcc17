"""Fuzz the readers and the extractor with random inputs: nothing but InputError may escape.

    python bench/fuzz_extract.py --n 1000000 --seed 1

Inputs mix random bytes, random unicode, and claim-like fragments (model names, benchmark
names, numbers, table pipes, LaTeX and HTML markup) so the parsers' branches are exercised.
Prints the count, the time, and any failing input (repr) with its traceback.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import traceback

FRAGMENTS = [
    "Qwen2.5-Coder-7B-Instruct",
    "DeepSeek-Coder-Instruct 33B",
    "o1-mini",
    "Code Llama - Python 34B",
    "GPT-4o",
    "our 7B model",
    "the 70B base model",
    "It",
    "HumanEval",
    "HumanEval+",
    "HumanEval Pro",
    "MBPP Pro",
    "BigCodeBench-Lite Pro",
    "LiveCodeBench (2407-2409)",
    "pass@1",
    "pass@10",
    "0-shot",
    "(1-shot)",
    "greedy",
    "n=20",
    "T=0.2",
    "88.4",
    "0.884",
    "59.6%",
    "76.2",
    "100",
    "leads",
    "by 7.9 points",
    "+6.8 over",
    "from 96.2% to 76.2%",
    "a 20-point drop",
    "outperforms",
    "the best open model on",
    "respectively",
    "vs",
    "/",
    "|",
    "| --- |",
    "\t",
    "\n",
    "\n\n",
    ". ",
    ", ",
    ";",
    "(",
    ")",
    "**",
    "†",
    "*",
    "\\textbf{",
    "}",
    "&",
    "\\\\",
    "\\multicolumn{2}{c}{",
    "<td>",
    "</td>",
    "<tr>",
    "<table>",
    "- ",
    "1. ",
    "# ",
    "(hereafter X)",
    "mod-\nels",
    "Table 2",
    "2024",
    "temperature 0.2",
    "(88.4 to 62.5)",
    "loses",
    "5.1 Ablations",
    "that gap is",
    "outperforms it",
    "GPT-3.5 (ChatGPT)",
    "of SWE-bench Verified",
    ", and Gemini-1.5-Flash 0.745",
    "69.0† (58.4†)",
    "the 3B model",
    "MBPP",
    "43.3% MBPP Pro",
    "Kimi-K2",
    "_",
    "ſ",
    "İ",
    # 2026-12-02 reading rules
    "the instruction-tuned",
    "Llama 3 70B",
    "we call it our 7B model",
    "Against GPT-4o",
    "Compared with",
    "that model",
    "the other model",
    "the Hard split with Instruct prompts",
    "the full Complete split",
    "BigCodeBench",
    "EvalPlus setting",
    "EvalPlus",
    "and its pass@100",
    "0.6 ahead of",
    "points behind",
    "with chain-of-thought prompting",
    "edges it out at",
    "| Benchmark | Score |",
    "## Yi-Coder-9B-Chat\n",
    "The 32B base model",
    "64.0 and 57.9",
    # 2026-12-03 reading rules
    "Note: ",
    "Table 5: ",
    "All runs are greedy.",
    "| **Qwen2.5-Coder** | |",
    "| 1.5B |",
    "GPTQ-Int4",
    "BF16",
    "the BF16 weights",
    '"+EF" columns are after execution feedback',
    "and that",
    "a 2.9-point drop from",
    "is zero-shot and",
    "three-shot",
    "‡ one-shot",
    '{"run": {"setting": {"cot": true}}, "claims": [',
    '{"model": "Ling-Coder-lite", "pass@1": ',
    "All Time",
    "CodeQwen1.5-7B-Chat\n- ",
    # 2026-12-03, ninth session
    "on the Instruct split",
    "on the Instruct side",
    "on the Hard subset",
    "on the Full set",
    "Codestral 25.01",
    "Mistral Large 24.11",
    "In that window",
    "for the same window",
    "the same LiveCodeBench window",
    "over All Time",
    "Our 6.7B model, X,",
    "our model",
    "(our model)",
    "trained from",
    "instead of zero-shot",
    "when a one-shot example is added",
    "and C by 10.9",
    "72.8% against 68.8%",
    "ahead of X (74.4) by 3.4 points",
    "by 1.0",
    "its instruct sibling",
    "Qwen leads",
    "Its HumanEval+",
    "on that average",
    "Apache 2.0",
    "17 were independently verified",
    "10% of the MBPP prompts",
    "20 samples per problem",
    "20-sample",
    "top-p 0.95",
    "HumanEval is scored zero-shot",
    "in this paragraph",
    "with sampling (n=20, T=0.2). There,",
    "Qwen2.5-Coder-32B-in-\nstruct",
    "LiveCodeBench<sup>a</sup>",
    "<sup>1</sup> problems released 2407-2409",
    "the same three",
    "; the extra tests of",
    # 2026-12-04, tenth and eleventh sessions
    "---\n",
    "model-index:\n- name: ",
    "  results:\n  - dataset: {name: HumanEval, config: 2407-2409}\n",
    "    metrics:\n    - {type: pass@1, value: ",
    "args: {num_fewshot: 1}",
    "| Model | Window | LCB |",
    "the base model means",
    "1.2 General models.",
    "Throughout this subsection",
    "That is",
    "lifts",
    "the same 32B model",
    "the 7B version",
    "as a Q4_K_M GGUF build",
    ", or",
    "and at",
    "'s MBPP+ is",
    ", although on MBPP",
    "on the same two splits",
    "fall well short:",
    "Human-\n",
    "BigCodeBench-\n",
    "with oracle feedback",
    "estimated from 20 samples",
    "45 easy, 91 medium",
    "— verified, 0.40",
    "where X looks best",
    "rank it fourth",
    "Lite Pro",
]
FORMATS = ["text", "markdown", "html", "latex", "json", "yaml"]


def random_input(rng: random.Random) -> tuple[str, str]:
    kind = rng.random()
    if kind < 0.1:
        text = "".join(chr(rng.randrange(0, 0x2FFF)) for _ in range(rng.randrange(0, 80)))
    elif kind < 0.2:
        text = bytes(rng.randrange(256) for _ in range(rng.randrange(0, 80))).decode("latin-1")
    else:
        text = " ".join(rng.choice(FRAGMENTS) for _ in range(rng.randrange(1, 30)))
    return text, rng.choice(FORMATS)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    from checker.api import default_context, judge_claims
    from checker.errors import InputError
    from checker.extract import extract_claims
    from checker.readers import read_text

    ctx = default_context()
    rng = random.Random(args.seed)
    start = time.perf_counter()
    failures = 0
    for i in range(args.n):
        text, fmt = random_input(rng)
        try:
            doc = read_text(text, path="fuzz", format=fmt)
            claims = extract_claims(doc, ctx.vocab)
            if i % 10 == 0:
                judge_claims(claims, ctx)
        except InputError:
            continue
        except Exception:  # noqa: BLE001 - the point is to catch anything
            failures += 1
            print(f"FAIL {i} {fmt} {text!r}", file=sys.stderr)
            traceback.print_exc()
            if failures > 20:
                break
        if i and i % 100_000 == 0:
            print(f"{i} inputs, {time.perf_counter() - start:.0f} s", flush=True)
    elapsed = time.perf_counter() - start
    print(f"{args.n} inputs (seed {args.seed}), {failures} failures, {elapsed:.0f} s")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
