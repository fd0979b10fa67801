"""One labbook trial of an MLP on Fashion-MNIST in PyTorch, for `command:` experiments.

Follows labbook's contract: the trial comes in LABBOOK_TRIAL ({"config", "seed", "key",
"threads"}), final metrics go to LABBOOK_METRICS, the learning curve is appended to
LABBOOK_CURVE. Keys, with labbook's defaults: width (128), depth (2 hidden layers), lr (1e-3,
Adam), steps (1000), batch (128), init (`he`: N(0, 2/fan_in) weights before each ReLU, N(0, 1/fan_in) for the
output layer and zero biases, as labbook's engine; `pytorch`: nn.Linear's own U(±1/√fan_in) weights and biases), eval_every
(steps / 20). The data are Debian's Fashion-MNIST with the engine's split: the same 5,000
validation images (data_seed 0) and the same order of training batches for each seed, so the
two engines differ only in their arithmetic and their initial weights.

Run it through labbook with a Python that has torch, e.g.
    command: /path/to/venv/bin/python scripts/train_mlp.py
"""
import gzip, json, math, os, struct, time

import torch

FASHION_MNIST = os.environ.get("FASHION_MNIST", "/usr/share/datasets/fashion-mnist")
MASK = (1 << 64) - 1
GAMMA = 0x9E3779B97F4A7C15


# labbook's RandomStream (Sources/Engine/Kernels/RandomStream.swift): SplitMix64 keyed on
# (seed, purpose), so the split and the batch order are the engine's own.
def finalize(z):
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
    return z ^ (z >> 31)


def mix(z):
    return finalize((z + GAMMA) & MASK)


class RandomStream:
    SPLIT, DATA_ORDER = 6, 2

    def __init__(self, seed, purpose, substream=0):
        key = mix(mix(seed ^ 0x6C626C626F6F6B00) ^ mix((purpose * GAMMA + substream) & MASK))
        self.state = (key + GAMMA) & MASK

    def next(self):
        self.state = (self.state + GAMMA) & MASK
        return finalize(self.state)

    def below(self, n):
        return (self.next() * n) >> 64

    def shuffle(self, p):
        for i in range(len(p) - 1, 0, -1):
            j = self.below(i + 1)
            p[i], p[j] = p[j], p[i]

    def permutation(self, n):
        p = list(range(n))
        self.shuffle(p)
        return p


def idx(name):
    with gzip.open(os.path.join(FASHION_MNIST, name + ".gz")) as f:
        data = f.read()
    rank = data[3]
    shape = struct.unpack(">" + "I" * rank, data[4:4 + 4 * rank])
    return torch.frombuffer(bytearray(data[4 + 4 * rank:]), dtype=torch.uint8).reshape(shape)


def fashion_mnist(val_size, train_size, data_seed):
    images = idx("train-images-idx3-ubyte").reshape(-1, 784).float() / 255
    labels = idx("train-labels-idx1-ubyte").long()
    order = RandomStream(data_seed, RandomStream.SPLIT).permutation(images.shape[0])
    val, rest = order[:val_size], order[val_size:]
    if train_size is not None:
        rest = rest[:train_size]
    test_images = idx("t10k-images-idx3-ubyte").reshape(-1, 784).float() / 255
    test_labels = idx("t10k-labels-idx1-ubyte").long()
    return (images[rest], labels[rest]), (images[val], labels[val]), (test_images, test_labels)


def mlp(width, depth, init):
    layers, inputs = [], 784
    for _ in range(depth):
        layers += [torch.nn.Linear(inputs, width), torch.nn.ReLU()]
        inputs = width
    layers.append(torch.nn.Linear(inputs, 10))
    model = torch.nn.Sequential(*layers)
    if init == "he":
        linears = [layer for layer in model if isinstance(layer, torch.nn.Linear)]
        for i, layer in enumerate(linears):
            # As labbook's engine: gain √2 before each ReLU, 1 for the output layer.
            gain = 1 if i == len(linears) - 1 else math.sqrt(2)
            torch.nn.init.normal_(layer.weight, std=gain / math.sqrt(layer.in_features))
            torch.nn.init.zeros_(layer.bias)
    elif init != "pytorch":
        raise SystemExit(f"init must be he or pytorch, not {init!r}")
    return model


@torch.no_grad()
def evaluate(model, split, limit=None):
    x, y = split
    if limit is not None:
        x, y = x[:limit], y[:limit]
    logits = model(x)
    loss = torch.nn.functional.cross_entropy(logits, y).item()
    return loss, (logits.argmax(1) == y).float().mean().item()


def main():
    trial = json.load(open(os.environ["LABBOOK_TRIAL"]))
    config, seed = trial["config"], trial["seed"]
    torch.set_num_threads(trial["threads"])
    torch.manual_seed(seed)
    width, depth = config.get("width", 128), config.get("depth", 2)
    lr, steps, batch = config.get("lr", 1e-3), config.get("steps", 1000), config.get("batch", 128)
    eval_every = config.get("eval_every", max(1, steps // 20))
    train, val, test = fashion_mnist(config.get("val_size", 5000), config.get("train_size"), config.get("data_seed", 0))

    model = mlp(width, depth, config.get("init", "he"))
    optimizer = torch.optim.Adam(model.parameters(), lr=lr)
    order_stream = RandomStream(seed, RandomStream.DATA_ORDER)
    count = train[0].shape[0]
    batch = min(batch, count)
    order, cursor = order_stream.permutation(count), 0
    running, batches, correct = 0.0, 0, 0
    started = time.time()
    with open(os.environ["LABBOOK_CURVE"], "a") as curve:
        for step in range(1, steps + 1):
            if cursor + batch > count:
                order_stream.shuffle(order)
                cursor = 0
            rows = torch.tensor(order[cursor:cursor + batch])
            cursor += batch
            x, y = train[0][rows], train[1][rows]
            logits = model(x)
            loss = torch.nn.functional.cross_entropy(logits, y)
            if not math.isfinite(loss.item()):
                json.dump({"status": "diverged", "train_batch_loss": loss.item()}, open(os.environ["LABBOOK_METRICS"], "w"))
                return
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            running += loss.item()
            correct += (logits.argmax(1) == y).sum().item()
            batches += 1
            if step % eval_every == 0 or step == steps:
                val_loss, val_acc = evaluate(model, val)
                test_loss, test_acc = evaluate(model, test)
                curve.write(json.dumps({"step": step, "lr": lr, "train_batch_loss": running / batches,
                                        "train_batch_acc": correct / (batches * batch), "val_loss": val_loss,
                                        "val_acc": val_acc, "test_loss": test_loss, "test_acc": test_acc}) + "\n")
                curve.flush()
                running, batches, correct = 0.0, 0, 0

    metrics = {"steps": steps, "params": sum(p.numel() for p in model.parameters()),
               "train_seconds": time.time() - started}
    for name, split, limit in [("train", train, 10_000), ("val", val, None), ("test", test, None)]:
        metrics[name + "_loss"], metrics[name + "_acc"] = evaluate(model, split, limit)
    json.dump(metrics, open(os.environ["LABBOOK_METRICS"], "w"))


if __name__ == "__main__":
    main()
