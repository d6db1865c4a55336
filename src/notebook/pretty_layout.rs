//! The line-breaking engine of IPython's pretty printer (`IPython.lib.pretty.PrettyPrinter`),
//! reproduced operation for operation so `Out[n]:` breaks where IPython breaks: text and
//! breakables go to a buffer; when the line would pass the width, the outermost group with
//! pending breakables is broken (all of its breakables become newlines). The group queue keeps
//! IPython's quirk of deleting by a reversed index, because it decides which group breaks.

use std::collections::VecDeque;

type GroupId = usize;

struct Group {
    depth: usize,
    /// The breakables of this group still in the buffer, oldest first.
    breakables: VecDeque<usize>,
    want_break: bool,
}

enum Item {
    Text {
        parts: Vec<String>,
        width: usize,
    },
    Breakable {
        sep: String,
        width: usize,
        indentation: usize,
        group: GroupId,
    },
}

impl Item {
    fn width(&self) -> usize {
        match self {
            Item::Text { width, .. } | Item::Breakable { width, .. } => *width,
        }
    }
}

pub struct Layout {
    out: String,
    max_width: usize,
    output_width: usize,
    buffer_width: usize,
    buffer: VecDeque<(usize, Item)>,
    groups: Vec<Group>,
    stack: Vec<GroupId>,
    queue: Vec<Vec<GroupId>>,
    indentation: usize,
    next_breakable: usize,
}

fn width_of(s: &str) -> usize {
    s.chars().count()
}

impl Layout {
    pub fn new(max_width: usize) -> Layout {
        let mut l = Layout {
            out: String::new(),
            max_width,
            output_width: 0,
            buffer_width: 0,
            buffer: VecDeque::new(),
            groups: Vec::new(),
            stack: Vec::new(),
            queue: Vec::new(),
            indentation: 0,
            next_breakable: 0,
        };
        let root = l.new_group(0);
        l.stack.push(root);
        l.enqueue(root);
        l
    }

    fn new_group(&mut self, depth: usize) -> GroupId {
        self.groups.push(Group {
            depth,
            breakables: VecDeque::new(),
            want_break: false,
        });
        self.groups.len() - 1
    }

    fn enqueue(&mut self, g: GroupId) {
        let depth = self.groups[g].depth;
        while self.queue.len() <= depth {
            self.queue.push(Vec::new());
        }
        self.queue[depth].push(g);
    }

    fn dequeue(&mut self) -> Option<GroupId> {
        for level in 0..self.queue.len() {
            let stack = &self.queue[level];
            let found = stack
                .iter()
                .rev()
                .enumerate()
                .find(|(_, &g)| !self.groups[g].breakables.is_empty())
                .map(|(idx, &g)| (idx, g));
            if let Some((idx, g)) = found {
                // IPython deletes `stack[idx]` with idx counted from the end: kept as is.
                self.queue[level].remove(idx);
                self.groups[g].want_break = true;
                return Some(g);
            }
            for g in std::mem::take(&mut self.queue[level]) {
                self.groups[g].want_break = true;
            }
        }
        None
    }

    fn unqueue(&mut self, g: GroupId) {
        let depth = self.groups[g].depth;
        if let Some(level) = self.queue.get_mut(depth) {
            if let Some(i) = level.iter().position(|&x| x == g) {
                level.remove(i);
            }
        }
    }

    /// Writes one buffered item; returns the new output width.
    fn output(&mut self, id: usize, item: Item, output_width: usize) -> usize {
        match item {
            Item::Text { parts, width } => {
                for p in parts {
                    self.out.push_str(&p);
                }
                output_width + width
            }
            Item::Breakable {
                sep,
                width,
                indentation,
                group,
            } => {
                let g = &mut self.groups[group];
                if g.breakables.front() == Some(&id) {
                    g.breakables.pop_front();
                }
                if g.want_break {
                    self.out.push('\n');
                    self.out.push_str(&" ".repeat(indentation));
                    return indentation;
                }
                if g.breakables.is_empty() {
                    self.unqueue(group);
                }
                self.out.push_str(&sep);
                output_width + width
            }
        }
    }

    fn break_one_group(&mut self, g: GroupId) {
        while !self.groups[g].breakables.is_empty() {
            let Some((id, x)) = self.buffer.pop_front() else {
                break;
            };
            let w = x.width();
            self.output_width = self.output(id, x, self.output_width);
            self.buffer_width -= w;
        }
        while matches!(self.buffer.front(), Some((_, Item::Text { .. }))) {
            let Some((id, x)) = self.buffer.pop_front() else {
                break;
            };
            let w = x.width();
            self.output_width = self.output(id, x, self.output_width);
            self.buffer_width -= w;
        }
    }

    fn break_outer_groups(&mut self) {
        while self.max_width < self.output_width + self.buffer_width {
            let Some(g) = self.dequeue() else { return };
            self.break_one_group(g);
        }
    }

    pub fn text(&mut self, s: &str) {
        let width = width_of(s);
        if self.buffer.is_empty() {
            self.out.push_str(s);
            self.output_width += width;
            return;
        }
        if !matches!(self.buffer.back(), Some((_, Item::Text { .. }))) {
            let id = self.next_id();
            self.buffer.push_back((
                id,
                Item::Text {
                    parts: Vec::new(),
                    width: 0,
                },
            ));
        }
        if let Some((_, Item::Text { parts, width: w })) = self.buffer.back_mut() {
            parts.push(s.to_string());
            *w += width;
        }
        self.buffer_width += width;
        self.break_outer_groups();
    }

    fn next_id(&mut self) -> usize {
        self.next_breakable += 1;
        self.next_breakable
    }

    pub fn breakable(&mut self, sep: &str) {
        let width = width_of(sep);
        let group = *self.stack.last().expect("the root group");
        if self.groups[group].want_break {
            self.flush();
            self.newline();
            return;
        }
        let id = self.next_id();
        self.groups[group].breakables.push_back(id);
        self.buffer.push_back((
            id,
            Item::Breakable {
                sep: sep.to_string(),
                width,
                indentation: self.indentation,
                group,
            },
        ));
        self.buffer_width += width;
        self.break_outer_groups();
    }

    /// A forced newline (a multi-line repr).
    pub fn break_(&mut self) {
        if let Some(g) = self.dequeue() {
            self.break_one_group(g);
        }
        self.flush();
        self.newline();
    }

    fn newline(&mut self) {
        self.out.push('\n');
        self.out.push_str(&" ".repeat(self.indentation));
        self.output_width = self.indentation;
        self.buffer_width = 0;
    }

    pub fn begin_group(&mut self, indent: usize, open: &str) {
        if !open.is_empty() {
            self.text(open);
        }
        let depth = self.groups[*self.stack.last().expect("root")].depth + 1;
        let g = self.new_group(depth);
        self.stack.push(g);
        self.enqueue(g);
        self.indentation += indent;
    }

    pub fn end_group(&mut self, dedent: usize, close: &str) {
        self.indentation = self.indentation.saturating_sub(dedent);
        if let Some(g) = self.stack.pop() {
            if self.groups[g].breakables.is_empty() {
                self.unqueue(g);
            }
        }
        if !close.is_empty() {
            self.text(close);
        }
    }

    pub fn flush(&mut self) {
        while let Some((id, item)) = self.buffer.pop_front() {
            // IPython adds the returned width to the running one here (a quirk that only
            // matters for the width of the line after a flush, which is reset by a newline).
            let w = self.output(id, item, self.output_width);
            self.output_width += w;
        }
        self.buffer_width = 0;
    }

    pub fn finish(mut self) -> String {
        self.flush();
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::Layout;

    fn list(l: &mut Layout, items: &[&str]) {
        l.begin_group(0, "");
        l.begin_group(1, "[");
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                l.text(",");
                l.breakable(" ");
            }
            l.begin_group(0, "");
            l.text(x);
            l.end_group(0, "");
        }
        l.end_group(1, "]");
        l.end_group(0, "");
    }

    #[test]
    fn short_list_stays_on_one_line() {
        let mut l = Layout::new(79);
        list(&mut l, &["1", "2", "3"]);
        assert_eq!(l.finish(), "[1, 2, 3]");
    }

    #[test]
    fn long_list_breaks_every_item() {
        let items: Vec<String> = (0..30).map(|i| i.to_string()).collect();
        let refs: Vec<&str> = items.iter().map(|s| s.as_str()).collect();
        let mut l = Layout::new(79);
        list(&mut l, &refs);
        let text = l.finish();
        assert!(text.starts_with("[0,\n 1,\n 2,\n"), "{text}");
        assert!(text.ends_with("\n 29]"), "{text}");
    }
}
