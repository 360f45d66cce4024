"""Plain numpy training step of the paper's 784-32-32-32-10 tanh network, for a speed baseline.

Usage: numpy_baseline.py MNIST_DIR ITERATIONS
Prints the BLAS library numpy loaded ("blas: <path>"), then one line per learning rule:
"<rule> iterations_per_second: <n>", timed in processor time of this process (like the C#
benchmark's thread time), float32, minibatch 50, plain SGD. Minibatches are drawn with
replacement, which is cheaper in numpy than drawing distinct images and changes nothing else.
"""
import gzip
import os
import sys
import time

import numpy as np

SIZES = [784, 32, 32, 32, 10]
BATCH = 50
RATE = np.float32(1e-3)


def read_idx(path, offset):
    with gzip.open(path, "rb") as f:
        return np.frombuffer(f.read(), dtype=np.uint8, offset=offset)


def load(directory):
    images = read_idx(os.path.join(directory, "train-images-idx3-ubyte.gz"), 16).reshape(-1, 784)
    labels = read_idx(os.path.join(directory, "train-labels-idx1-ubyte.gz"), 8)
    x = images[:55000].astype(np.float32) / np.float32(255)
    x -= x.mean(axis=0, dtype=np.float32)
    return np.ascontiguousarray(x), labels[:55000].astype(np.int64)


def paper_init(rng, fan_in, fan_out):
    return (rng.uniform(-1, 1, (fan_in, fan_out)) / np.sqrt(fan_in / 2)).astype(np.float32)


def train(rule, x, y, iterations, seed=1):
    rng = np.random.default_rng(seed)
    w = [paper_init(rng, a, b) for a, b in zip(SIZES[:-1], SIZES[1:])]
    b = [np.zeros(n, np.float32) for n in SIZES[1:]]
    feedback = [paper_init(rng, a, b) for a, b in zip(SIZES[:-1], SIZES[1:])]
    direct = [paper_init(rng, SIZES[-1], n) for n in SIZES[1:-1]]
    memory = np.zeros((BATCH, SIZES[-1]), np.float32)
    eye = np.eye(SIZES[-1], dtype=np.float32)
    last = len(w) - 1

    def step():
        nonlocal memory
        pick = rng.integers(0, len(x), BATCH)
        h = [x[pick]]
        for l in range(last):
            h.append(np.tanh(h[-1] @ w[l] + b[l]))
        z = h[-1] @ w[last] + b[last]
        z = z - z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        e = (p - eye[y[pick]]) / np.float32(BATCH)
        d, q = e, memory
        grads = [None] * len(w)
        for l in range(last, -1, -1):
            if l < last:
                if rule == "itd":
                    d = d - q
                elif rule == "itd-mul":
                    d = d * (d - q)
                elif rule == "dfa":
                    d = (e @ direct[l]) * (1 - h[l + 1] ** 2)
                else:
                    d = d * (1 - h[l + 1] ** 2)
            grads[l] = (h[l].T @ d, d.sum(axis=0))
            if l > 0 and rule != "dfa":
                path = w[l] if rule == "vbp" else feedback[l]
                d = d @ path.T
                if rule.startswith("itd"):
                    q = q @ feedback[l].T
        for l in range(len(w)):
            w[l] -= RATE * grads[l][0]
            b[l] -= RATE * grads[l][1]
        memory = e

    for _ in range(200):
        step()
    start = time.process_time()
    for _ in range(iterations):
        step()
    return iterations / (time.process_time() - start)


def loaded_blas():
    """The BLAS shared library this process mapped, as numpy found it through libblas.so.3."""
    with open("/proc/self/maps") as maps:
        paths = {line.split()[-1] for line in maps if "blas" in line.lower() and "/" in line}
    real = sorted({os.path.realpath(p) for p in paths})
    return ", ".join(real) if real else "unknown"


def main():
    x, y = load(sys.argv[1])
    iterations = int(sys.argv[2])
    np.ones((2, 2), np.float32) @ np.ones((2, 2), np.float32)
    print(f"blas: {loaded_blas()}", flush=True)
    for rule in ("vbp", "fba", "itd", "itd-mul", "dfa"):
        print(f"{rule} iterations_per_second: {train(rule, x, y, iterations):.0f}", flush=True)


if __name__ == "__main__":
    main()
