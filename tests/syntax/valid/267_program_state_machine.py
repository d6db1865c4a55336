TRANSITIONS = {
    ("idle", "start"): "running",
    ("running", "pause"): "paused",
    ("paused", "resume"): "running",
    ("running", "stop"): "idle",
}

def run(events, state="idle"):
    history = [state]
    for event in events:
        try:
            state = TRANSITIONS[state, event]
        except KeyError:
            print(f"ignored {event!r} in {state}")
            continue
        history.append(state)
    return history
print(run(["start", "pause", "stop", "resume", "stop"]))
