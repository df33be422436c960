#!/usr/bin/env python3
"""The wildcard floor's intersection test against a second opinion: parliament's
`is_arn_match` (Duo Labs' IAM linter, which no one here wrote).

Two resource patterns "intersect" when some ARN matches both: that is how the evaluator
decides that a `Deny` can touch one of the keys Braze writes. This feeds every pair of S3
ARN patterns with up to four characters of `a b / *` after a bucket name (341 patterns,
116,281 pairs), and a few thousand random longer ones, to `examples/wildcards.rs`, and
compares each answer with parliament's.

parliament knows `*` only (not `?`) and compares the part after the fifth colon as a glob,
so the patterns here hold no `?` and no colon there: on them IAM's segment rule and
parliament agree.

Usage: .venv/bin/python tests/lint/wildcards_parliament.py <path to the wildcards example binary>
"""

import itertools
import random
import subprocess
import sys

from parliament import is_arn_match, is_glob_match

PREFIX = "arn:aws:s3:::braze"
ALPHABET = "ab/*"


def patterns():
    short = ["".join(p) for n in range(5) for p in itertools.product(ALPHABET, repeat=n)]
    rng = random.Random(19)
    longer = ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(5, 9))) for _ in range(300)]
    return [PREFIX + s for s in short], [PREFIX + s for s in longer]


def main():
    binary = sys.argv[1]
    short, longer = patterns()
    pairs = list(itertools.product(short, repeat=2))
    rng = random.Random(22)
    pairs += [(rng.choice(longer), rng.choice(short + longer)) for _ in range(6000)]
    # Sanity of the second opinion itself, on pairs whose answer is known.
    assert is_glob_match("a*", "*b") and not is_glob_match("*a", "*b")
    assert is_arn_match("object", "arn:aws:s3:::b/*", "arn:aws:s3:::b/x")
    assert not is_arn_match("object", "arn:aws:s3:::b/a*", "arn:aws:s3:::b/b*")
    stdin = "".join(f"{a}\t{b}\n" for a, b in pairs)
    done = subprocess.run([binary], input=stdin, capture_output=True, text=True, check=True)
    answers = done.stdout.split()
    if len(answers) != len(pairs):
        print(f"FAIL the binary answered {len(answers)} of {len(pairs)} pairs")
        return 1
    wrong = []
    for (a, b), ours in zip(pairs, answers):
        theirs = "1" if is_arn_match("object", a, b) else "0"
        if ours != theirs:
            wrong.append(f"{a}  {b}: ours {ours}, parliament {theirs}")
    for line in wrong[:20]:
        print("FAIL", line)
    print(f"wildcard intersection against parliament's is_arn_match: {len(pairs)} pairs, "
          f"{len(pairs) - len(wrong)} agree, {len(wrong)} differ")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
