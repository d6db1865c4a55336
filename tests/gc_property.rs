//! Property test of the cycle collector: random object graphs are built and mutated by random
//! operations (create, link, unlink, alias, delete names) in a generated program, which then
//! runs `gc.collect()` and prints which nodes died (each node's `__del__` records it). An
//! independent model of the same graph computes reachability from the names still bound; the
//! dead set must match it exactly (and python3 must agree with the model), for thousands of
//! cases, with the heap verifier on.
//!
//! `CELLAR_GC_CASES=N` changes the number of cases (default 2000).

use std::collections::BTreeSet;
use std::process::Command;

/// A small deterministic generator (splitmix64), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// The model: nodes with ordered out-edges, and the names bound to nodes.
#[derive(Default)]
struct Model {
    edges: Vec<Vec<usize>>,
    names: std::collections::BTreeMap<String, usize>,
}

impl Model {
    fn dead(&self) -> BTreeSet<usize> {
        let mut alive = vec![false; self.edges.len()];
        let mut work: Vec<usize> = self.names.values().copied().collect();
        while let Some(n) = work.pop() {
            if !alive[n] {
                alive[n] = true;
                work.extend(self.edges[n].iter().copied());
            }
        }
        (0..self.edges.len()).filter(|&n| !alive[n]).collect()
    }
}

/// One case: Python statements and the dead set the model expects after `gc.collect()`.
fn case(rng: &mut Rng, id: usize, py: &mut String) -> BTreeSet<usize> {
    let mut m = Model::default();
    let ops = 5 + rng.below(40);
    let name = |rng: &mut Rng| format!("n{}", rng.below(6));
    for _ in 0..ops {
        let bound: Vec<String> = m.names.keys().cloned().collect();
        let pick = |rng: &mut Rng| bound[rng.below(bound.len())].clone();
        match rng.below(10) {
            0..=2 => {
                let n = m.edges.len();
                m.edges.push(Vec::new());
                let v = name(rng);
                py.push_str(&format!("v['{v}'] = N({n})\n"));
                m.names.insert(v, n);
            }
            3..=5 if !bound.is_empty() => {
                let (a, b) = (pick(rng), pick(rng));
                py.push_str(&format!("v['{a}'].refs.append(v['{b}'])\n"));
                let (na, nb) = (m.names[&a], m.names[&b]);
                m.edges[na].push(nb);
            }
            6 if !bound.is_empty() => {
                let a = pick(rng);
                let na = m.names[&a];
                if !m.edges[na].is_empty() {
                    let i = rng.below(m.edges[na].len());
                    py.push_str(&format!("del v['{a}'].refs[{i}]\n"));
                    m.edges[na].remove(i);
                }
            }
            7 if !bound.is_empty() => {
                let (a, b) = (pick(rng), name(rng));
                py.push_str(&format!("v['{b}'] = v['{a}']\n"));
                let na = m.names[&a];
                m.names.insert(b, na);
            }
            _ if !bound.is_empty() => {
                let a = pick(rng);
                py.push_str(&format!("del v['{a}']\n"));
                m.names.remove(&a);
            }
            _ => {}
        }
    }
    py.push_str(&format!(
        "gc.collect()\nprint({id}, sorted(dead))\nv.clear()\ngc.collect()\ndead.clear()\n"
    ));
    m.dead()
}

#[test]
fn collector_frees_exactly_the_unreachable() {
    let cases: usize = std::env::var("CELLAR_GC_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(2000);
    let per_program = 250;
    let dir = std::env::temp_dir().join(format!("cellar-gc-property-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let mut rng = Rng(0x00C0_FFEE);
    let mut done = 0;
    let mut program_no = 0;
    while done < cases {
        let n = per_program.min(cases - done);
        let mut py = String::from(
            "import gc\ndead = []\nv = {}\nclass N:\n    def __init__(self, i):\n        self.i = i\n        self.refs = []\n    def __del__(self):\n        dead.append(self.i)\n",
        );
        let mut expected = String::new();
        for c in 0..n {
            let id = done + c;
            let dead = case(&mut rng, id, &mut py);
            let list: Vec<String> = dead.iter().map(|d| d.to_string()).collect();
            expected.push_str(&format!("{id} [{}]\n", list.join(", ")));
        }
        let path = dir.join(format!("graphs{program_no}.py"));
        std::fs::write(&path, &py).expect("write program");
        let out = Command::new(env!("CARGO_BIN_EXE_cellar"))
            .arg(&path)
            .env("CELLAR_VERIFY", "1")
            .output()
            .expect("run cellar");
        // The model itself is checked against CPython on the same program.
        if let Ok(py_out) = Command::new("python3").arg(&path).output() {
            assert_eq!(
                String::from_utf8_lossy(&py_out.stdout),
                expected,
                "the model disagrees with python3 on {}",
                path.display()
            );
        }
        let got = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "{} failed ({:?}):\n{}",
            path.display(),
            out.status.code(),
            String::from_utf8_lossy(&out.stderr)
        );
        if got != expected {
            let first = got
                .lines()
                .zip(expected.lines())
                .find(|(g, e)| g != e)
                .map(|(g, e)| format!("got      {g}\nexpected {e}"))
                .unwrap_or_else(|| "outputs differ in length".into());
            panic!("{}: dead sets differ\n{first}", path.display());
        }
        done += n;
        program_no += 1;
    }
    let _ = std::fs::remove_dir_all(&dir);
}
