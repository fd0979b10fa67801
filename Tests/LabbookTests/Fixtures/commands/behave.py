# Misbehaves as its `behave` key says, once for each way a script can go wrong.
import json, os, subprocess, sys, time

trial = json.load(open(os.environ["LABBOOK_TRIAL"]))
behave = trial["config"]["behave"]
metrics = os.environ["LABBOOK_METRICS"]

def write(text):
    with open(metrics, "w") as out:
        out.write(text)

if behave == "ok":
    write(json.dumps({"test_loss": 0.5}))
elif behave == "exit":
    print("loading the data", file=sys.stderr)
    print("RuntimeError: CUDA out of memory", file=sys.stderr)
    sys.exit(3)
elif behave == "no-metrics":
    pass
elif behave == "bad-json":
    write('{"test_loss": 0.5,')
elif behave == "text-metric":
    write(json.dumps({"test_loss": "low"}))
elif behave == "nan":
    write(json.dumps({"test_loss": float("nan")}))  # Python writes NaN, which JSON cannot hold
elif behave == "diverged":
    write(json.dumps({"status": "diverged", "test_loss": 9.0}))
elif behave == "hang":
    # A child in the same process group, which must die with it; its pid is left for the test.
    child = subprocess.Popen(["sleep", "300"])
    with open(trial["config"]["pid_file"], "w") as out:
        out.write(f"{os.getpid()} {child.pid}\n")
    time.sleep(300)
