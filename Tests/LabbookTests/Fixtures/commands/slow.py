# Trains "slowly": appends a curve point every tenth of a second, leaving its pid for the test.
import json, os, time

trial = json.load(open(os.environ["LABBOOK_TRIAL"]))
folder = trial["config"]["pid_folder"]
os.makedirs(folder, exist_ok=True)
with open(os.path.join(folder, trial["key"]), "w") as out:
    out.write(str(os.getpid()))
with open(os.environ["LABBOOK_CURVE"], "a") as curve:
    for step in range(0, 21):
        curve.write(json.dumps({"step": step * 10, "val_loss": 1 / (1 + step)}) + "\n")
        curve.flush()
        time.sleep(0.1)
json.dump({"test_loss": 0.1 + 0.001 * trial["seed"]}, open(os.environ["LABBOOK_METRICS"], "w"))
