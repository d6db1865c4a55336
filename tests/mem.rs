//! `%mem` scenarios, end to end: a cell file replayed by the real binary, the numbers read back
//! from each command's `--json` line. Every scenario ends with `%mem check --json` clean.

use std::process::Command;

use serde_json::Value;

const CELLAR: &str = env!("CARGO_BIN_EXE_cellar");

/// Replays `cells` (percent-format cells, `# %%` added between the items) and returns the JSON
/// object every `--json` command printed, in order, plus the whole stdout.
fn replay(cells: &[&str]) -> (Vec<Value>, String) {
    let dir = std::env::temp_dir().join(format!("cellar-mem-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let name = format!(
        "{}.py",
        cells
            .concat()
            .bytes()
            .fold(0u64, |h, b| h.wrapping_mul(31).wrapping_add(b as u64))
    );
    let path = dir.join(name);
    let mut text = String::new();
    for c in cells {
        text.push_str("# %%\n");
        text.push_str(c);
        text.push_str("\n\n");
    }
    text.push_str("# %%\n%mem check --json\n");
    std::fs::write(&path, text).expect("write cell file");
    let out = Command::new(CELLAR)
        .args(["run", "--keep-going"])
        .arg(&path)
        .env("NO_COLOR", "1")
        .output()
        .expect("run cellar");
    let stdout = String::from_utf8_lossy(&out.stdout).to_string();
    let mut answers: Vec<Value> = stdout
        .lines()
        .filter(|l| l.starts_with('{'))
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad JSON {l:?}: {e}")))
        .collect();
    let check = answers.pop().expect("the final check answered");
    assert_eq!(check["ok"], true, "heap check failed: {check}\n{stdout}");
    (answers, stdout)
}

fn var<'a>(vars: &'a Value, name: &str) -> &'a Value {
    vars["vars"]
        .as_array()
        .expect("vars list")
        .iter()
        .find(|v| v["name"] == name)
        .unwrap_or_else(|| panic!("no variable {name} in {vars}"))
}

fn num(v: &Value) -> u64 {
    v.as_u64().unwrap_or_else(|| panic!("not a number: {v}"))
}

#[test]
fn a_big_list_is_retained_by_its_name_and_freed_by_del() {
    let (a, _) = replay(&[
        "x = [0] * 1000000",
        "%mem vars --json",
        "%mem --json",
        "del x",
        "%mem --json",
    ]);
    let x = var(&a[0], "x");
    assert!(num(&x["retained_bytes"]) >= 8_000_000, "{x}");
    assert_eq!(x["type"], "list");
    assert_eq!(x["refcount"], 1);
    let (before, after) = (num(&a[1]["bytes"]), num(&a[2]["bytes"]));
    assert!(before - after >= 8_000_000, "{before} -> {after}");
}

#[test]
fn a_shared_list_is_retained_by_no_single_name_until_one_goes() {
    let (a, _) = replay(&[
        "big = list(range(100000))\nsame = big",
        "%mem vars --json",
        "del same",
        "%mem vars --json",
    ]);
    assert!(num(&var(&a[0], "big")["retained_bytes"]) < 1000);
    assert!(num(&var(&a[0], "same")["retained_bytes"]) < 1000);
    assert!(num(&var(&a[1], "big")["retained_bytes"]) >= 800_000);
}

#[test]
fn why_names_the_output_cache() {
    let (a, _) = replay(&["1", "2", "3", "[1, 2, 3]", "%mem why Out[4] --json"]);
    let paths: Vec<String> = a[0]["paths"]
        .as_array()
        .expect("paths")
        .iter()
        .map(|p| {
            p.as_array().expect("steps")[0]
                .as_str()
                .unwrap_or("")
                .to_string()
        })
        .collect();
    assert!(paths.contains(&"Out[4]".to_string()), "{paths:?}");
    assert!(paths.contains(&"_4".to_string()), "{paths:?}");
    assert_eq!(a[0]["unreachable"], false);
}

#[test]
fn why_names_the_last_exception_and_reset_frees_it() {
    let (a, out) = replay(&[
        "import weakref\nclass Big:\n    def __del__(self):\n        print('freed Big')\nprobe = None",
        "def f():\n    b = Big()\n    global probe\n    probe = weakref.ref(b)\n    1 / 0",
        "f()",
        "%mem why probe() --json",
        "print('resetting')",
        "%reset -f",
    ]);
    let steps: Vec<String> = a[0]["paths"][0]
        .as_array()
        .expect("a path")
        .iter()
        .map(|s| s.as_str().unwrap_or("").to_string())
        .collect();
    assert_eq!(steps, ["last exception (In [2], f() local b)"]);
    let (resetting, freed) = (out.find("resetting"), out.find("freed Big"));
    assert!(resetting.is_some() && freed > resetting, "{out}");
}

#[test]
fn xdel_frees_an_echoed_value() {
    let (a, _) = replay(&[
        "y = [0] * 500000",
        "y",
        "%mem --json",
        "%xdel y",
        "%mem --json",
    ]);
    let (before, after) = (num(&a[0]["bytes"]), num(&a[1]["bytes"]));
    assert!(before - after >= 4_000_000, "{before} -> {after}");
}

#[test]
fn a_cycle_waits_for_the_collector() {
    let (a, _) = replay(&[
        "import gc\ngc.disable()\nclass Node: pass\na = Node(); b = Node()\na.other = b; b.other = a\nkeep = a.other",
        "del a, b",
        "%mem why keep.other --json",
        "del keep",
        "%mem gc --json",
        "%mem gc --json",
    ]);
    assert_eq!(a[0]["unreachable"], false);
    let paths = a[0]["paths"].as_array().expect("paths");
    assert_eq!(paths[0][0], "keep");
    assert_eq!(a[1]["unreachable"], 2, "{}", a[1]);
    assert!(num(&a[1]["freed_bytes"]) > 0);
    assert_eq!(a[1]["generation"], 2);
    assert_eq!(a[2]["unreachable"], 0);
}

#[test]
fn thresholds_are_set_as_gc_sets_them() {
    let (a, out) = replay(&[
        "%mem thresholds 5 2 2",
        "%mem thresholds --json",
        "%mem thresholds abc",
        "import gc\nprint(gc.get_threshold())",
    ]);
    assert_eq!(a[0]["thresholds"], serde_json::json!([5, 2, 2]));
    assert!(out.contains("(5, 2, 2)"), "{out}");
}

#[test]
fn immediates_and_unknown_commands_get_clear_answers() {
    let (a, out) = replay(&[
        "%mem why 5 --json",
        "%mem why 5",
        "%mem nope",
        "%mem why undefined_name",
    ]);
    assert_eq!(a[0]["heap_object"], false);
    assert!(out.contains("not a heap object"), "{out}");
    assert!(!out.contains("panicked"), "{out}");
}

#[test]
fn refs_lists_referents_and_referrers() {
    let (a, _) = replay(&[
        "inner = ['x']\nouter = {'k': inner}",
        "%mem refs inner --json",
    ]);
    let referents = a[0]["referents"].as_array().expect("referents");
    assert_eq!(referents.len(), 1);
    assert_eq!(referents[0]["label"], "[0]");
    assert_eq!(referents[0]["type"], "str");
    let referrers: Vec<&str> = a[0]["referrers"]
        .as_array()
        .expect("referrers")
        .iter()
        .map(|r| r["label"].as_str().unwrap_or(""))
        .collect();
    assert!(referrers.contains(&"inner"), "{referrers:?}");
    assert!(referrers.contains(&"outer"), "{referrers:?}");
}

#[test]
fn diff_counts_instances_and_exceptions_by_class() {
    let (a, _) = replay(&[
        "class Point:\n    def __init__(self, x):\n        self.x = x",
        "pts = [Point(i) for i in range(100)]\ntmp = [Point(i) for i in range(10)]\ndel tmp\n\
         try:\n    raise KeyError(1)\nexcept KeyError:\n    pass",
        "%mem diff --json",
    ]);
    let row = |name: &str| {
        a[0]["types"]
            .as_array()
            .expect("types")
            .iter()
            .find(|t| t["type"] == name)
            .map(|t| (num(&t["allocated"]), num(&t["freed"])))
    };
    assert_eq!(row("Point"), Some((110, 10)), "{}", a[0]);
    assert_eq!(row("KeyError"), Some((1, 1)), "{}", a[0]);
    assert_eq!(row("instance"), None, "{}", a[0]);
}

#[test]
fn diff_and_timeline_report_each_cell() {
    let (a, out) = replay(&[
        "%mem auto on",
        "big = [0] * 500000",
        "tmp = [[i] for i in range(20000)]\ndel tmp",
        "%mem diff --json",
        "%mem auto off",
        "%mem timeline --json",
    ]);
    let d = &a[0];
    assert_eq!(d["cell"], 3);
    assert!(num(&d["allocated_objects"]) >= 20000, "{d}");
    assert!(num(&d["freed_objects"]) >= 20000, "{d}");
    // The temporaries were freed: the peak is far above what the cell left behind.
    let (net, peak) = (d["net_bytes"].as_i64().expect("net"), num(&d["peak_bytes"]));
    assert!(peak as i64 > net + 1_000_000, "{d}");
    // By type: the 20001 lists were allocated and freed again.
    let lists = d["types"]
        .as_array()
        .expect("types")
        .iter()
        .find(|t| t["type"] == "list")
        .unwrap_or_else(|| panic!("no list row: {d}"));
    assert_eq!(
        (num(&lists["allocated"]), num(&lists["freed"])),
        (20001, 20001),
        "{d}"
    );
    assert_eq!(lists["net"], 0);
    let cells = a[1]["cells"].as_array().expect("cells");
    let after_big = cells.iter().find(|c| c["cell"] == 2).expect("cell 2");
    let after_auto = cells.iter().find(|c| c["cell"] == 1).expect("cell 1");
    assert!(num(&after_big["bytes"]) >= num(&after_auto["bytes"]) + 4_000_000);
    assert!(out.contains("In [2]: +"), "{out}");
}

#[test]
fn leaks_name_each_holder_with_its_fix() {
    let (a, _) = replay(&[
        "import gc\nraw = [[i] * 20 for i in range(20000)]\nclean = [r[:10] for r in raw]\nn = len(clean)",
        "[0] * 300000",
        "def f():\n    local_big = [0] * 200000\n    1 / 0",
        "f()",
        "class N: pass\na = N(); a.me = a\ngc.disable()\ndel a",
        "n",
        "%mem leaks --json",
        "gc.enable()",
    ]);
    let findings = a[0]["findings"].as_array().expect("findings");
    let fix_of = |kind: &str| -> String {
        findings
            .iter()
            .find(|f| f["kind"] == kind)
            .unwrap_or_else(|| panic!("no {kind} finding in {findings:?}"))["fix"]
            .as_str()
            .unwrap_or("")
            .to_string()
    };
    assert_eq!(fix_of("output_cache"), "%reset -f out");
    assert!(fix_of("last_exception").starts_with("%reset -f"));
    assert_eq!(fix_of("unreachable"), "gc.collect()");
    assert_eq!(fix_of("gc_disabled"), "gc.enable()");
    assert_eq!(fix_of("stale_variable"), "del raw");
    let cache = findings
        .iter()
        .find(|f| f["kind"] == "output_cache")
        .expect("cache");
    assert!(num(&cache["bytes"]) >= 2_400_000, "{cache}");
    // Sorted by bytes, largest first.
    let bytes: Vec<u64> = findings.iter().map(|f| num(&f["bytes"])).collect();
    assert!(bytes.windows(2).all(|w| w[0] >= w[1]), "{bytes:?}");
}

#[test]
fn graph_marks_cycles_and_writes_graphviz() {
    let dot = std::env::temp_dir().join(format!("cellar-graph-{}.dot", std::process::id()));
    let dot = dot.display().to_string();
    let (_, out) = replay(&[
        "class Node: pass\na = Node(); b = Node(); a.next = b; b.next = a\nshared = [1]\na.data = shared; b.data = shared",
        &format!("%mem graph a --depth 4 --dot {dot}"),
        "%mem graph a --dot /nonexistent-dir/x.dot",
    ]);
    assert!(out.contains(".next -> (cycle back to #0)"), "{out}");
    assert!(out.contains(".data -> (shared, shown above as"), "{out}");
    assert!(
        out.contains("FileNotFoundError: [Errno 2] No such file or directory"),
        "{out}"
    );
    let text = std::fs::read_to_string(&dot).expect("the dot file");
    let _ = std::fs::remove_file(&dot);
    assert!(text.starts_with("digraph heap {"), "{text}");
    assert!(text.contains("color=red"), "a cycle edge: {text}");
}

#[test]
fn trace_logs_collections_and_frees() {
    let (_, out) = replay(&[
        "import gc\ngc.set_threshold(5, 2, 2)\nclass Node: pass",
        "%mem trace gc",
        "for i in range(8):\n    a = Node(); b = Node(); a.p = b; b.p = a\ndel a, b",
        "%mem trace on",
        "x = Node()\ndel x",
        "%mem trace off",
        "y = Node()\ndel y",
    ]);
    assert!(out.contains("[mem] generation-0 collection:"), "{out}");
    assert!(out.contains("unreachable freed"), "{out}");
    assert_eq!(out.matches("[mem] freed Node").count(), 1, "{out}");
}

#[test]
fn cell_magic_reports_what_the_cell_did() {
    let (_, out) = replay(&[
        "def pad(n):\n    return 'x' * n",
        "%%mem\nraw = [[i] * 10 for i in range(10000)]\ntmp = [0] * 200000\ns = pad(100000)\n\
         del tmp\nlen(raw)",
    ]);
    let line = out
        .lines()
        .find(|l| l.starts_with("%%mem: +"))
        .unwrap_or_else(|| panic!("{out}"));
    assert!(line.contains("objects allocated"), "{line}");
    // At the peak, `tmp` (the cell's line 3) was the biggest, then the comprehension's lists,
    // then what a function of another cell allocated for it.
    assert!(
        out.contains("allocated most: line 3 (3.1 MiB), line 2 in <listcomp> (")
            && out.contains("In [1], line 2, in pad (97.7 KiB)"),
        "{out}"
    );
    assert!(out.contains("left alive: raw (list, "), "{out}");
    assert!(out.contains("Out[2]: 10000"), "{out}");
}

#[test]
fn where_names_the_cell_line_and_function_that_allocated() {
    let (a, out) = replay(&[
        "def make(n):\n    rows = [str(i) for i in range(n)]\n    return rows",
        "x = 1\nbig = make(5000)\nsmall = [1, 2]",
        "%mem where big --json",
        "%mem where small --json",
        "%mem where big[3] --json",
        "%mem where 5 --json",
        "%mem where small",
    ]);
    // The list comprehension is a function of its own in 3.11: it builds the list.
    assert_eq!(a[0]["cell"], 1, "{}", a[0]);
    assert_eq!(a[0]["line"], 2);
    assert_eq!(a[0]["function"], "make.<locals>.<listcomp>");
    assert_eq!((&a[1]["cell"], &a[1]["line"]), (&2.into(), &3.into()));
    assert_eq!(a[1]["function"], "<module>");
    assert_eq!(a[2]["type"], "str");
    assert_eq!(a[2]["line"], 2);
    assert_eq!(a[3]["heap_object"], false);
    assert!(
        out.contains("small: list object, 88 B, allocated at In [2], line 3\n"),
        "{out}"
    );
}

/// The `sites` row (of `where --top` / `--peak`) for a list comprehension at a cell's line.
fn listcomp_row(answer: &Value, cell: u64, line: u64) -> Option<&Value> {
    answer["sites"]
        .as_array()
        .expect("sites")
        .iter()
        .find(|s| s["cell"] == cell && s["line"] == line && s["function"] == "<listcomp>")
}

#[test]
fn where_top_sums_live_bytes_by_line() {
    let (a, _) = replay(&[
        "keep = [[i] for i in range(20000)]\nother = 'x' * 10",
        "%mem where --top --json",
        "del keep",
        "%mem where --top --json",
    ]);
    let first = &a[0]["sites"][0];
    assert_eq!(
        (&first["cell"], &first["line"]),
        (&1.into(), &1.into()),
        "{}",
        a[0]
    );
    let row = listcomp_row(&a[0], 1, 1).expect("the comprehension's line");
    // 20000 one-item lists and the list holding them.
    assert_eq!(num(&row["objects"]), 20001, "{row}");
    assert!(num(&row["bytes"]) >= 20000 * 56, "{row}");
    assert!(
        listcomp_row(&a[1], 1, 1).is_none(),
        "freed by del: {}",
        a[1]
    );
}

#[test]
fn where_peak_names_what_was_live_at_a_cells_peak() {
    let (a, out) = replay(&[
        "%mem where --peak --json",
        "tmp = [(i, -i) for i in range(20000)]",
        "%mem where --top --json",
        "del tmp\ntmp = [(i, -i) for i in range(20000)]\ndel tmp\nafter = 1",
        "%mem where --peak --json",
        "%mem where --peak --json",
        "%mem where --peak",
    ]);
    assert_eq!(a[0]["cell"], Value::Null);
    let built = listcomp_row(&a[1], 2, 1).unwrap_or_else(|| panic!("no row: {}", a[1]));
    let p = &a[2];
    assert_eq!(p["cell"], 4, "{p}");
    // Gone by the end of the cell, but at its peak the comprehension's 20000 tuples and the
    // list holding them were live: exactly what the same line left alive in In [2] (the
    // comprehension allocates no temporaries that could be live with them).
    let row = listcomp_row(p, 4, 2).unwrap_or_else(|| panic!("no row for line 2: {p}"));
    assert_eq!(num(&row["objects"]), 20001, "{row}");
    assert_eq!(num(&row["bytes"]), num(&built["bytes"]), "{row} vs {built}");
    // The rows add up to the peak, which the allocator's own peak bounds.
    let sites = p["sites"].as_array().expect("sites");
    let sum: u64 = sites.iter().map(|s| num(&s["bytes"])).sum();
    assert_eq!(sum, num(&p["peak_bytes"]), "{p}");
    let objects: u64 = sites.iter().map(|s| num(&s["objects"])).sum();
    assert_eq!(objects, num(&p["objects"]), "{p}");
    assert!(
        num(&p["allocator_peak_bytes"]) > num(&p["peak_bytes"]),
        "{p}"
    );
    assert_eq!(p["at"]["cell"], 4, "{p}");
    // A cell of `%mem` commands observes: the answer stays In [4]'s.
    assert_eq!(&a[3], p);
    assert!(out.contains("In [4]'s objects peaked at"), "{out}");
}

#[test]
fn stacks_on_records_the_callers_and_flame_draws_them() {
    let dir = std::env::temp_dir().join(format!("cellar-flame-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let svg = dir.join("f.svg");
    let folded = dir.join("f.txt");
    let (a, out) = replay(&[
        "def inner():\n    return [0] * 1000\ndef outer():\n    return inner()",
        "%mem stacks on",
        "v = outer()",
        "%mem where v --json",
        "%mem stacks off",
        "w = outer()",
        "%mem where w --json",
        &format!("%mem flame --folded {}", folded.display()),
        &format!("%mem flame --svg {}", svg.display()),
        "%mem flame --svg /nonexistent-dir/f.svg",
    ]);
    let lines: Vec<u64> = a[0]["stack"]
        .as_array()
        .expect("stack")
        .iter()
        .map(|s| num(&s["line"]))
        .collect();
    // The cell's line 1, outer's return (line 4), inner's return (line 2).
    assert_eq!(lines, [1, 4, 2], "{}", a[0]);
    assert_eq!(a[0]["stack"][0]["cell"], 3);
    assert_eq!(a[1]["stack"].as_array().map(Vec::len), Some(1), "{}", a[1]);
    let text = std::fs::read_to_string(&folded).expect("folded stacks written");
    assert!(
        text.lines()
            .any(|l| l.starts_with("<module> (In [3]:1);outer (In [1]:4);inner (In [1]:2) ")),
        "{text}"
    );
    let drawn = std::fs::read_to_string(&svg).expect("svg written");
    assert!(
        drawn.contains("<svg") && drawn.contains("inner (In [1]:2)"),
        "{drawn:.300}"
    );
    assert!(
        out.contains(
            "FileNotFoundError: [Errno 2] No such file or directory: '/nonexistent-dir/f.svg'"
        ),
        "{out}"
    );
}

#[test]
fn vars_knows_the_cell_that_bound_names_behind_the_codes_back() {
    let (a, _) = replay(&[
        "def g():\n    global made\n    made = [1]",
        "x = 1",
        "g()\nglobals()['hidden'] = [2]",
        "%mem vars --json",
    ]);
    assert_eq!(var(&a[0], "made")["assigned_in"], 3);
    assert_eq!(var(&a[0], "hidden")["assigned_in"], 3);
    assert_eq!(var(&a[0], "x")["assigned_in"], 2);
    assert_eq!(var(&a[0], "g")["assigned_in"], 1);
}

/// A small deterministic generator (xorshift), so each random graph can be rebuilt.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

/// A cell building a random object graph (lists, dicts, instances, tuples, closures; cycles
/// and shared objects included) held by variables v0..v{vars-1}, its temporaries deleted.
fn random_graph(seed: u64, objects: usize, vars: usize) -> String {
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let mut code =
        String::from("import gc\nclass C:\n    pass\ndef mk(x):\n    return lambda: x\n");
    let mut mutable = Vec::new();
    for i in 0..objects {
        let line = match rng.below(5) {
            0 => {
                mutable.push((i, "list"));
                format!("o{i} = [{}]\n", "0, ".repeat(rng.below(4)))
            }
            1 => {
                mutable.push((i, "dict"));
                format!("o{i} = {{}}\n")
            }
            2 => {
                mutable.push((i, "inst"));
                format!("o{i} = C()\n")
            }
            // Immutable ones refer only to earlier objects.
            3 if i > 0 => format!(
                "o{i} = (o{}, o{}, 'x' * {})\n",
                rng.below(i),
                rng.below(i),
                rng.below(50)
            ),
            _ if i > 0 => format!("o{i} = mk(o{})\n", rng.below(i)),
            _ => format!("o{i} = [{i}]\n"),
        };
        code.push_str(&line);
    }
    // Edges between the mutable ones, back and forward: cycles and shared objects.
    for e in 0..objects / 2 {
        let (from, kind) = mutable[rng.below(mutable.len())];
        let to = rng.below(objects);
        code.push_str(&match kind {
            "list" => format!("o{from}.append(o{to})\n"),
            "dict" => format!("o{from}['k{e}'] = o{to}\n"),
            _ => format!("o{from}.a{e} = o{to}\n"),
        });
    }
    for v in 0..vars {
        code.push_str(&format!("v{v} = o{}\n", rng.below(objects)));
    }
    let temps: Vec<String> = (0..objects).map(|i| format!("o{i}")).collect();
    code.push_str(&format!("del {}\ngc.collect();\n", temps.join(", ")));
    code
}

#[test]
fn retained_bytes_are_what_del_and_a_collection_free() {
    // For each variable of each random graph: its retained bytes, against the heap's bytes
    // after `del v; gc.collect()` and after a cell of the same length that deletes nothing
    // (so the input history grows by the same bytes in both runs).
    let mut owned = 0;
    for seed in 1..=12 {
        let graph = random_graph(seed, 24, 4);
        for v in 0..4 {
            let deleting = format!("del v{v}; gc.collect()");
            let keeping = format!("pass{}; gc.collect()", " ".repeat(deleting.len() - 18));
            assert_eq!(deleting.len(), keeping.len());
            let (a, _) = replay(&[&graph, "%mem vars --json", &deleting, "%mem --json"]);
            let (b, _) = replay(&[&graph, "%mem vars --json", &keeping, "%mem --json"]);
            let retained = num(&var(&a[0], &format!("v{v}"))["retained_bytes"]);
            let freed = num(&b[1]["bytes"]) - num(&a[1]["bytes"]);
            assert_eq!(retained, freed, "seed {seed}, v{v}:\n{graph}");
            owned += usize::from(retained > 0);
        }
    }
    // Not only shared graphs: most variables own something.
    assert!(owned >= 24, "only {owned} of 48 variables retain anything");
}
