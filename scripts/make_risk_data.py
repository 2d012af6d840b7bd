"""Write data/risk/train.jsonl and data/risk/dev.jsonl from scripts/risk_templates.py.

Seeded and reproducible: `python scripts/make_risk_data.py`. Every template goes whole to
one split (every third to dev), then is filled with invented slots and typed the way chat
French is typed (no accents, SMS spelling, leetspeak, spaced or spelled-out digits, emoji
digits, look-alike letters, stretched letters).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from risk_templates import CONVERSATIONS, HARD_NEGATIVE, NEUTRAL, POSITIVE

ROOT = Path(__file__).resolve().parent.parent
SEED = 20261202

CITIES = ["Lyon", "Nantes", "Lille", "Rennes", "Brest", "Dijon", "Metz", "Tours", "Pau", "Nice"]
GRADES = ["6e", "5e", "4e", "3e", "cinquième", "quatrième", "troisième", "seconde", "cm2"]
APPS = ["snap", "insta", "whatsapp", "telegram", "discord", "tiktok", "kik", "snapchat"]
ADJ = ["papillon", "nuage", "ciel", "lune", "etoile", "renard", "loup", "chaton", "soleil"]
NOUN = ["bleu", "rose", "noir", "doux", "fou", "gris", "vert", "dore"]
WORDS = {11: "onze", 12: "douze", 13: "treize", 14: "quatorze", 15: "quinze", 16: "seize",
         17: "dix-sept"}  # fmt: skip
KEYCAP = "\ufe0f\u20e3"
CYRILLIC = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с"}
SMS = [("je suis", "jsuis"), ("qu'est-ce que", "kesk"), ("quoi", "koi"), ("beaucoup", "bcp"),
       ("pourquoi", "pk"), ("tu es", "t'es"), ("j'ai", "jai"), ("moi", "moa"),
       ("ce soir", "ce soar"),
       ("t'as", "ta"), ("salut", "slt"), ("avec", "avc")]  # fmt: skip


def strip_accents(text: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)
    ).replace("œ", "oe")


def fill(template: str, rng: random.Random) -> tuple[str, dict[str, str]]:
    slots: dict[str, str] = {}

    def repl(m: re.Match[str]) -> str:
        name = m.group(1)
        if name in slots:
            return slots[name]
        handle = f"{rng.choice(ADJ)}_{rng.choice(NOUN)}{rng.randint(10, 99)}"
        value = {
            "minor": lambda: str(rng.randint(11, 17)),
            "adult": lambda: str(rng.randint(19, 48)),
            "grade": lambda: rng.choice(GRADES),
            "city": lambda: rng.choice(CITIES),
            "app": lambda: rng.choice(APPS),
            "handle": lambda: handle,
            "email": lambda: f"{handle}@example.test",
            "phone": lambda: phone(rng),
        }[name]()
        slots[name] = value
        return value

    return re.sub(r"\{(\w+)\}", repl, template), slots


def phone(rng: random.Random) -> str:
    a, b = rng.randint(0, 99), rng.randint(0, 99)
    return rng.choice(
        [
            f"06 39 98 {a:02d} {b:02d}",
            f"0639 98{a:02d}{b:02d}",
            f"06.39.98.{a:02d}.{b:02d}",
            f"+33 6 39 98 {a:02d} {b:02d}",
            f"0639 98 {a:02d} {b:02d}",
            f"06-39-98-{a:02d}-{b:02d}",
        ]
    )


def obfuscate(text: str, rng: random.Random) -> str:
    """Type ``text`` as a hurried or evasive chatter would (one to three changes)."""
    ops = rng.sample(range(9), rng.randint(1, 3))
    for op in ops:
        if op == 0:
            text = strip_accents(text).lower()
        elif op == 1:
            for a, b in SMS:
                if rng.random() < 0.7:
                    text = re.sub(rf"(?<!\w){re.escape(a)}(?!\w)", b, text)
        elif op == 2:
            words = [w for w in re.findall(r"[a-z]{4,}", text) if re.search("[aeio]", w)]
            if words:
                w = rng.choice(words)
                leet = re.sub(
                    "[aeio]",
                    lambda m: {"a": "4", "e": "3", "i": "1", "o": "0"}[m.group()],
                    w,
                    count=1,
                )
                text = text.replace(w, leet, 1)
        elif op == 3:
            text = re.sub(r"\b(1[0-7])\b", lambda m: " ".join(m.group(1)), text, count=1)
        elif op == 4:
            text = re.sub(r"\b(1[1-7])\b", lambda m: WORDS[int(m.group(1))], text, count=1)
        elif op == 5:
            text = re.sub(
                r"\b(1[0-7])\b", lambda m: "".join(d + KEYCAP for d in m.group(1)), text, count=1
            )
        elif op == 6:
            words = re.findall(r"[a-z]{3,}", text)
            if words:
                w = rng.choice(words)
                i = (
                    max(i for i, c in enumerate(w) if c in "aeiou")
                    if re.search("[aeiou]", w)
                    else 0
                )
                text = text.replace(w, w[: i + 1] + w[i] * rng.randint(2, 4) + w[i + 1 :], 1)
        elif op == 7:
            words = re.findall(r"[a-z]{4,}", text)
            if words:
                w = rng.choice(words)
                j = next((i for i, c in enumerate(w) if c in CYRILLIC), None)
                if j is not None:
                    text = text.replace(w, w[:j] + CYRILLIC[w[j]] + w[j + 1 :], 1)
        elif op == 8:
            for app in ("snapchat", "snap", "insta", "telegram"):
                if app in text:
                    text = text.replace(app, rng.choice([" ".join(app), ".".join(app)]), 1)
                    break
    return text


def split_of(index: int) -> str:
    return "dev" if index % 3 == 2 else "train"


def build(seed: int = SEED) -> dict[str, list[dict[str, object]]]:
    rng = random.Random(seed)
    out: dict[str, list[dict[str, object]]] = {"train": [], "dev": []}
    seen: set[tuple[str, str]] = set()

    def emit(split: str, row: dict[str, object]) -> None:
        key = (split, json.dumps(row.get("text") or row.get("turns"), ensure_ascii=False))
        if key in seen:
            return
        seen.add(key)
        row["id"] = f"{split}-{len(out[split]):05d}"
        out[split].append(row)

    def messages(templates: dict[str, list[str]], kind: str, variants: tuple[int, int]) -> None:
        for label, phrasings in templates.items():
            for i, template in enumerate(phrasings):
                split = split_of(i)
                for v in range(variants[0] if split == "train" else variants[1]):
                    text, _ = fill(template, rng)
                    if v > 0:
                        text = obfuscate(text, rng)
                    labels = [label] if kind == "positive" else []
                    template_id = f"{label}/{kind[0]}{i}"
                    emit(
                        split,
                        {"text": text, "labels": labels, "kind": kind, "template": template_id},
                    )

    messages(POSITIVE, "positive", (5, 3))
    messages(HARD_NEGATIVE, "hard_negative", (3, 2))
    for i, template in enumerate(NEUTRAL):
        split = split_of(i)
        for v in range(2):
            text, _ = fill(template, rng)
            if v > 0:
                text = obfuscate(text, rng)
            emit(split, {"text": text, "labels": [], "kind": "neutral", "template": f"neutral/{i}"})
    for i, (turns, labels, alert) in enumerate(CONVERSATIONS):
        split = split_of(i)
        for v in range(4 if split == "train" else 3):
            slots: dict[str, str] = {}
            rendered = []
            for line in turns:
                speaker, text = line.split(": ", 1)
                for name, value in slots.items():
                    text = text.replace("{" + name + "}", value)
                text, new = fill(text, rng)
                slots.update(new)
                if v > 0 and rng.random() < 0.5:
                    text = obfuscate(text, rng)
                rendered.append({"speaker": speaker, "text": text})
            emit(split, {"turns": rendered, "labels": labels, "alert_turn": alert,
                         "kind": "conversation", "template": f"conversation/{i}"})  # fmt: skip
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "data" / "risk")
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for split, rows in build(args.seed).items():
        path = args.out / f"{split}.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"{path}: {len(rows)} rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
