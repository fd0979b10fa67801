# A stand-in for a researcher's training script: loss follows a power law in width, with a
# best learning rate near 1e-3 and a little seed noise. Standard library only.
import json, math, os

trial = json.load(open(os.environ["LABBOOK_TRIAL"]))
config, seed = trial["config"], trial["seed"]
width, lr = config["width"], config["lr"]
noise = 0.002 * math.sin(seed * 12.9898 + width)
loss = 0.05 + 2.0 * width ** -0.5 + 0.02 * abs(math.log10(lr) + 3) + noise

with open(os.environ["LABBOOK_CURVE"], "a") as curve:
    for step in range(0, config["steps"] + 1, config["steps"] // 4):
        progress = step / config["steps"]
        curve.write(json.dumps({"step": step, "val_loss": loss + (1 - progress) * 2, "top1": progress * (1 - loss / 3)}) + "\n")

# What labbook handed over, so the tests can check the contract.
given = {name: os.environ[name] for name in ["OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"]}
metrics = {"test_loss": loss, "top1": 1 - loss / 3,
           "threads_agree": float(all(int(v) == trial["threads"] for v in given.values())),
           "key_length": len(trial["key"]), "cwd_is_root": float(os.path.exists("notes"))}
json.dump(metrics, open(os.environ["LABBOOK_METRICS"], "w"))
