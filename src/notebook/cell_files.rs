//! Saved cell files: the percent format (`# %%` markers, as jupytext, VS Code, Spyder and
//! PyCharm write it) and Jupyter notebooks (nbformat 4 JSON), read into cells; a notebook can be
//! written back with each code cell's outputs. Bad files are errors naming the file and the
//! position, never panics.

use serde_json::{json, Map, Value as Json};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CellKind {
    Code,
    Markdown,
}

#[derive(Debug, Clone)]
pub struct Cell {
    pub kind: CellKind,
    pub source: String,
    /// The cell's index in the notebook's `cells` array (for writing outputs back).
    pub index: usize,
}

/// A cell file read: its cells, and the notebook's JSON when it is one.
pub struct CellFile {
    pub cells: Vec<Cell>,
    pub notebook: Option<Json>,
}

/// Reads `path`: `.ipynb` as a notebook, anything else as a percent-format file.
pub fn read(path: &str) -> Result<CellFile, String> {
    let p = std::path::Path::new(path);
    if p.is_dir() {
        return Err(format!("{path}: is a directory, not a cell file"));
    }
    let bytes = std::fs::read(p)
        .map_err(|e| format!("{path}: cannot read: {}", crate::vm::exc::os_error_text(&e)))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let before = &e.as_bytes()[..at];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let col = at
            - before
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |i| i + 1)
            + 1;
        format!("{path}:{line}:{col}: not UTF-8 text (byte {at})")
    })?;
    if path.ends_with(".ipynb") {
        read_notebook(path, &text)
    } else {
        Ok(CellFile {
            cells: split_percent(&text),
            notebook: None,
        })
    }
}

/// The cells of a percent-format file: `# %%` starts a cell (`# %% [markdown]` a markdown
/// cell), text before the first marker is a cell if not blank; each cell without its leading
/// and trailing blank lines; blank cells dropped. A file without markers is one cell.
pub fn split_percent(text: &str) -> Vec<Cell> {
    let mut cells = Vec::new();
    let mut kind = CellKind::Code;
    let mut lines: Vec<&str> = Vec::new();
    let flush = |kind: &CellKind, lines: &mut Vec<&str>, cells: &mut Vec<Cell>| {
        let start = lines.iter().position(|l| !l.trim().is_empty());
        let end = lines.iter().rposition(|l| !l.trim().is_empty());
        if let (Some(s), Some(e)) = (start, end) {
            let index = cells.len();
            cells.push(Cell {
                kind: kind.clone(),
                source: lines[s..=e].join("\n"),
                index,
            });
        }
        lines.clear();
    };
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("# %%") {
            flush(&kind, &mut lines, &mut cells);
            // Jupytext's rule: the cell type may follow a title (`# %% Notes [markdown]`).
            kind = if rest.contains("[markdown]") || rest.contains("[md]") {
                CellKind::Markdown
            } else {
                CellKind::Code
            };
            continue;
        }
        lines.push(line);
    }
    flush(&kind, &mut lines, &mut cells);
    cells
}

fn read_notebook(path: &str, text: &str) -> Result<CellFile, String> {
    let nb: Json = serde_json::from_str(text).map_err(|e| {
        format!(
            "{path}:{}:{}: not a valid notebook: {e}",
            e.line(),
            e.column()
        )
    })?;
    let version = nb.get("nbformat").and_then(Json::as_u64);
    match version {
        Some(4) => {}
        Some(v) => {
            return Err(format!(
                "{path}: nbformat {v} is not supported (Cellar reads nbformat 4)"
            ))
        }
        None => return Err(format!("{path}: not a notebook: no \"nbformat\" version")),
    }
    let Some(list) = nb.get("cells").and_then(Json::as_array) else {
        return Err(format!("{path}: not a notebook: no \"cells\" list"));
    };
    let mut cells = Vec::new();
    for (i, c) in list.iter().enumerate() {
        let kind = match c.get("cell_type").and_then(Json::as_str) {
            Some("code") => CellKind::Code,
            Some(_) => CellKind::Markdown,
            None => return Err(format!("{path}: cell {i} has no \"cell_type\"")),
        };
        let source = match c.get("source") {
            Some(Json::String(s)) => s.clone(),
            Some(Json::Array(parts)) => {
                let mut s = String::new();
                for (j, p) in parts.iter().enumerate() {
                    match p.as_str() {
                        Some(t) => s.push_str(t),
                        None => {
                            return Err(format!(
                                "{path}: cell {i}: source line {j} is not a string"
                            ))
                        }
                    }
                }
                s
            }
            Some(_) => {
                return Err(format!(
                    "{path}: cell {i}: \"source\" is neither a string nor a list of strings"
                ))
            }
            None => return Err(format!("{path}: cell {i} has no \"source\"")),
        };
        cells.push(Cell {
            kind,
            source,
            index: i,
        });
    }
    Ok(CellFile {
        cells,
        notebook: Some(nb),
    })
}

/// One output of a code cell, as nbformat 4 stores it.
#[derive(Debug, Clone)]
pub enum Output {
    Stream {
        name: &'static str,
        text: String,
    },
    Result {
        count: u32,
        text: String,
    },
    Error {
        ename: String,
        evalue: String,
        traceback: Vec<String>,
    },
}

/// nbformat's multiline string: a list of lines, each but the last keeping its newline.
fn lines_of(text: &str) -> Json {
    let parts: Vec<Json> = text
        .split_inclusive('\n')
        .map(|l| Json::String(l.to_string()))
        .collect();
    Json::Array(parts)
}

/// The notebook with each executed code cell's outputs and execution count filled in.
pub fn with_outputs(nb: &Json, results: &[(usize, Option<u32>, Vec<Output>)]) -> Json {
    let mut nb = nb.clone();
    if let Some(cells) = nb.get_mut("cells").and_then(Json::as_array_mut) {
        for (index, count, outputs) in results {
            let Some(cell) = cells.get_mut(*index).and_then(Json::as_object_mut) else {
                continue;
            };
            let outs: Vec<Json> = outputs.iter().map(output_json).collect();
            cell.insert("outputs".into(), Json::Array(outs));
            cell.insert(
                "execution_count".into(),
                count.map_or(Json::Null, |c| json!(c)),
            );
            cell.entry("metadata")
                .or_insert_with(|| Json::Object(Map::new()));
        }
    }
    nb
}

fn output_json(o: &Output) -> Json {
    match o {
        Output::Stream { name, text } => json!({
            "output_type": "stream",
            "name": name,
            "text": lines_of(text),
        }),
        Output::Result { count, text } => json!({
            "output_type": "execute_result",
            "execution_count": count,
            "data": { "text/plain": lines_of(text) },
            "metadata": {},
        }),
        Output::Error {
            ename,
            evalue,
            traceback,
        } => json!({
            "output_type": "error",
            "ename": ename,
            "evalue": evalue,
            "traceback": traceback,
        }),
    }
}

/// nbformat's on-disk layout: one-space indentation, a final newline.
pub fn to_text(nb: &Json) -> String {
    let mut buf = Vec::new();
    let fmt = serde_json::ser::PrettyFormatter::with_indent(b" ");
    let mut ser = serde_json::Serializer::with_formatter(&mut buf, fmt);
    if serde::Serialize::serialize(nb, &mut ser).is_err() {
        return String::new();
    }
    let mut s = String::from_utf8(buf).unwrap_or_default();
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_cells() {
        let cells = split_percent(
            "import x\n\n# %%\na = 1\n\n\n# %% [markdown]\n# text\n# %% title\n\nb\n",
        );
        let got: Vec<(CellKind, &str)> = cells
            .iter()
            .map(|c| (c.kind.clone(), c.source.as_str()))
            .collect();
        assert_eq!(
            got,
            vec![
                (CellKind::Code, "import x"),
                (CellKind::Code, "a = 1"),
                (CellKind::Markdown, "# text"),
                (CellKind::Code, "b"),
            ]
        );
    }

    #[test]
    fn notebook_errors_name_the_place() {
        let e = read_notebook("nb.ipynb", "{\"cells\": [}").err().unwrap();
        assert!(e.starts_with("nb.ipynb:1:"), "{e}");
        let e = read_notebook("nb.ipynb", "{\"nbformat\": 3, \"cells\": []}")
            .err()
            .unwrap();
        assert!(e.contains("nbformat 3"), "{e}");
        let e = read_notebook(
            "nb.ipynb",
            "{\"nbformat\": 4, \"cells\": [{\"cell_type\": \"code\", \"source\": 3}]}",
        )
        .err()
        .unwrap();
        assert!(e.contains("neither a string nor a list"), "{e}");
    }
}
