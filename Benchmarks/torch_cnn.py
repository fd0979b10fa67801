"""PyTorch reference for labbook's convolutional models on Fashion-MNIST, one thread.

  torch_cnn.py bench cnn|resnet STEPS        steps per second and per CPU second of an Adam
                                             training step, batch 128
  torch_cnn.py train cnn|resnet STEPS SEED   the accuracy recipe: Adam 1e-3, batch 128, STEPS steps;
                                             prints the test accuracy on the 10,000 test images

The models are labbook's `cnn` (width 32, depth 2) and `resnet` (width 16, depth 1), built the
same way: 3x3 convolutions with padding 1, He-normal weights (fan-in, gain sqrt 2), zero biases,
a head drawn N(0, 1/fan_in), batch norm with PyTorch's defaults (labbook's BatchNorm matches them).
"""
import gzip, sys, time
import numpy as np, torch, torch.nn as nn

torch.set_num_threads(1)
D = '/usr/share/datasets/fashion-mnist/'


def images(name):
    raw = np.frombuffer(gzip.open(D + name).read(), np.uint8, offset=16)
    return torch.tensor(raw.reshape(-1, 1, 28, 28).astype(np.float32) / 255.)


def labels(name):
    return torch.tensor(np.frombuffer(gzip.open(D + name).read(), np.uint8, offset=8).astype(np.int64))


class Block(nn.Module):
    """He et al. 2016's basic block, with a strided 1x1 projection when the shape changes."""
    def __init__(self, i, o, stride):
        super().__init__()
        self.c1, self.b1 = nn.Conv2d(i, o, 3, stride, 1, bias=False), nn.BatchNorm2d(o)
        self.c2, self.b2 = nn.Conv2d(o, o, 3, 1, 1, bias=False), nn.BatchNorm2d(o)
        self.short = nn.Sequential()
        if stride != 1 or i != o:
            self.short = nn.Sequential(nn.Conv2d(i, o, 1, stride, bias=False), nn.BatchNorm2d(o))

    def forward(self, x):
        y = self.b2(self.c2(torch.relu(self.b1(self.c1(x)))))
        return torch.relu(y + self.short(x))


def model(kind):
    if kind == 'cnn':
        m = nn.Sequential(nn.Conv2d(1, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
                          nn.Conv2d(32, 64, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
                          nn.Flatten(), nn.Linear(7 * 7 * 64, 10))
    else:
        m = nn.Sequential(nn.Conv2d(1, 16, 3, padding=1, bias=False), nn.BatchNorm2d(16), nn.ReLU(),
                          Block(16, 16, 1), Block(16, 32, 2), Block(32, 64, 2),
                          nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(64, 10))
    for layer in m.modules():
        if isinstance(layer, nn.Conv2d):
            nn.init.kaiming_normal_(layer.weight, mode='fan_in', nonlinearity='relu')
        elif isinstance(layer, nn.Linear):
            nn.init.normal_(layer.weight, std=layer.in_features ** -0.5)
        if isinstance(layer, (nn.Conv2d, nn.Linear)) and layer.bias is not None:
            nn.init.zeros_(layer.bias)
    return m


def main():
    mode, kind, steps = sys.argv[1], sys.argv[2], int(sys.argv[3])
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else 0
    torch.manual_seed(seed)
    X, y = images('train-images-idx3-ubyte.gz'), labels('train-labels-idx1-ubyte.gz')
    m = model(kind)
    opt = torch.optim.Adam(m.parameters(), lr=1e-3)
    lf = nn.CrossEntropyLoss()
    g = torch.Generator().manual_seed(seed)
    if mode == 'bench':
        def step(i):
            loss = lf(m(X[i]), y[i]); opt.zero_grad(); loss.backward(); opt.step()
        for _ in range(3):
            step(torch.randint(0, X.shape[0], (128,), generator=g))
        t0, c0 = time.perf_counter(), time.process_time()
        for _ in range(steps):
            step(torch.randint(0, X.shape[0], (128,), generator=g))
        print(round(steps / (time.perf_counter() - t0), 2), round(steps / (time.process_time() - c0), 2))
        return
    # train: 5,000 images held out as labbook does (a different seeded draw), epochs of shuffled batches
    order = torch.randperm(X.shape[0], generator=g)
    train = order[5000:]
    done = 0
    m.train()
    while done < steps:
        perm = train[torch.randperm(train.shape[0], generator=g)]
        for b in range(0, perm.shape[0] - 127, 128):
            if done == steps:
                break
            i = perm[b:b + 128]
            loss = lf(m(X[i]), y[i]); opt.zero_grad(); loss.backward(); opt.step()
            done += 1
    m.eval()
    Xt, yt = images('t10k-images-idx3-ubyte.gz'), labels('t10k-labels-idx1-ubyte.gz')
    with torch.no_grad():
        correct = sum(int((m(Xt[b:b + 1000]).argmax(1) == yt[b:b + 1000]).sum()) for b in range(0, 10000, 1000))
    print(correct / 10000)


if __name__ == '__main__':
    main()
