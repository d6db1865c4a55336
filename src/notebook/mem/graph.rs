//! `%mem graph EXPR [--depth N] [--dot FILE]`: the object graph below a value as an indented
//! tree (edge label, type, refcount, size), cycles and shared objects marked, in objgraph's
//! spirit; `--dot` writes the same graph for Graphviz.

use std::collections::{HashMap, HashSet};

use super::{eval, human_bytes, paths};
use crate::heap::size::object_size;
use crate::heap::{Kind, ObjKey, Value};
use crate::notebook::shell::usage_error;
use crate::vm::{PyResult, Vm};

const DEFAULT_DEPTH: usize = 3;
/// Children listed per object; more are counted.
const MAX_CHILDREN: usize = 10;
/// Objects drawn in all; the tree stops there.
const MAX_NODES: usize = 500;

struct Options {
    expr: String,
    depth: usize,
    dot: Option<String>,
}

fn options(vm: &mut Vm, args: &str) -> PyResult<Options> {
    let mut words = args.split_whitespace();
    let mut expr = Vec::new();
    let mut depth = DEFAULT_DEPTH;
    let mut dot = None;
    while let Some(w) = words.next() {
        match w {
            "--depth" => match words.next().and_then(|d| d.parse().ok()) {
                Some(d) => depth = d,
                None => return Err(usage_error(vm, "%mem graph: --depth takes a number".into())),
            },
            "--dot" => match words.next() {
                Some(f) => dot = Some(f.to_string()),
                None => {
                    return Err(usage_error(
                        vm,
                        "%mem graph: --dot takes a file name".into(),
                    ))
                }
            },
            _ => expr.push(w),
        }
    }
    if expr.is_empty() {
        return Err(usage_error(
            vm,
            "%mem graph EXPR [--depth N] [--dot FILE]".into(),
        ));
    }
    Ok(Options {
        expr: expr.join(" "),
        depth,
        dot,
    })
}

struct Node {
    type_name: String,
    refcount: u32,
    bytes: usize,
}

pub fn graph(vm: &mut Vm, args: &str) -> PyResult<String> {
    let opts = options(vm, args)?;
    let v = eval(vm, &opts.expr)?;
    let Value::Obj(root) = v else {
        let t = vm.type_name(v);
        return Ok(format!(
            "{}: {t}, not a heap object: it refers to nothing\n",
            opts.expr
        ));
    };
    // The tree, depth first; each object expanded once (later sightings point back).
    enum Step {
        Visit(ObjKey, String, usize, Option<usize>),
        More(usize, usize),
        Leave(ObjKey),
    }
    let mut lines = Vec::new();
    let mut nodes: Vec<Node> = Vec::new();
    let mut index: HashMap<ObjKey, usize> = HashMap::new();
    let mut edges: Vec<(usize, usize, String, bool)> = Vec::new();
    let mut on_path: HashSet<ObjKey> = HashSet::new();
    let mut stack = vec![Step::Visit(root, opts.expr.clone(), 0, None)];
    while let Some(step) = stack.pop() {
        let (k, label, depth, parent) = match step {
            Step::Leave(k) => {
                on_path.remove(&k);
                continue;
            }
            Step::More(depth, n) => {
                lines.push(format!("{}... and {n} more", "  ".repeat(depth)));
                continue;
            }
            Step::Visit(k, label, depth, parent) => (k, label, depth, parent),
        };
        let indent = "  ".repeat(depth);
        if let Some(&i) = index.get(&k) {
            let cycle = on_path.contains(&k);
            if let Some(p) = parent {
                edges.push((p, i, label.clone(), cycle));
            }
            let mark = if cycle {
                "cycle back to"
            } else {
                "shared, shown above as"
            };
            lines.push(format!("{indent}{label} -> ({mark} #{i})"));
            continue;
        }
        if nodes.len() >= MAX_NODES {
            lines.push(format!(
                "{indent}{label} ... (the graph stops at {MAX_NODES} objects)"
            ));
            continue;
        }
        let o = vm.heap.obj(k);
        let node = Node {
            type_name: vm.type_name(Value::Obj(k)),
            refcount: o.rc - u32::from(k == root),
            bytes: object_size(o),
        };
        let i = nodes.len();
        lines.push(format!(
            "{indent}{label}  #{i} {}  refcount {}  {}",
            node.type_name,
            node.refcount,
            human_bytes(node.bytes)
        ));
        nodes.push(node);
        index.insert(k, i);
        if let Some(p) = parent {
            edges.push((p, i, label.clone(), false));
        }
        // Classes, modules and functions are shown, not opened: their namespaces would bury
        // the data below the value.
        let opaque = matches!(
            vm.heap.kind(k),
            Kind::Class(_) | Kind::Module(_) | Kind::Function(_) | Kind::Native(_) | Kind::Code(_)
        );
        if depth >= opts.depth || (opaque && k != root) {
            continue;
        }
        on_path.insert(k);
        stack.push(Step::Leave(k));
        // A str key is already in its value's label (`.name`, `['rows']`).
        let children: Vec<(String, ObjKey)> = paths::labelled_referents(vm, k)
            .into_iter()
            .filter_map(|(l, v)| v.as_obj().map(|c| (l, c)))
            .filter(|(l, c)| !(l == "<key>" && matches!(vm.heap.kind(*c), Kind::Str(_))))
            .collect();
        let more = children.len().saturating_sub(MAX_CHILDREN);
        if more > 0 {
            stack.push(Step::More(depth + 1, more));
        }
        for (l, c) in children.into_iter().take(MAX_CHILDREN).rev() {
            stack.push(Step::Visit(c, l, depth + 1, Some(i)));
        }
    }
    vm.heap.decref(v);
    let mut out: String = lines.into_iter().map(|l| l + "\n").collect();
    if let Some(path) = &opts.dot {
        super::write_file(vm, path, dot(&nodes, &edges).as_bytes())?;
        out.push_str(&format!(
            "wrote {path}: {} objects, {} references (render: dot -Tsvg {path} -o graph.svg)\n",
            nodes.len(),
            edges.len()
        ));
    }
    Ok(out)
}

fn dot_escape(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"")
}

/// Graphviz text: a node per object (type, refcount, size), an edge per reference with its
/// label; references that close a cycle in red.
fn dot(nodes: &[Node], edges: &[(usize, usize, String, bool)]) -> String {
    let mut out = String::from("digraph heap {\n  node [shape=box, fontname=monospace];\n");
    for (i, n) in nodes.iter().enumerate() {
        out.push_str(&format!(
            "  n{i} [label=\"#{i} {}\\nrefcount {}\\n{}\"];\n",
            dot_escape(&n.type_name),
            n.refcount,
            human_bytes(n.bytes)
        ));
    }
    for (a, b, label, cycle) in edges {
        let style = if *cycle {
            ", color=red, fontcolor=red"
        } else {
            ""
        };
        out.push_str(&format!(
            "  n{a} -> n{b} [label=\"{}\"{style}];\n",
            dot_escape(label)
        ));
    }
    out.push_str("}\n");
    out
}
