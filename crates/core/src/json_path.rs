//! JSON paths in JSON text (`occupations[12].requirements[3].level`): the
//! path of the value at a position, and the positions of values at paths.
//!
//! Both are answered by one scanner that reads the text once, left to
//! right, with an explicit stack instead of recursion: its work is linear in
//! the bytes it reads and its stack is bounded, however deep or damaged the
//! input. (A recursive walk that re-skipped each value per level could loop
//! forever on damaged files and multiplied its work by the nesting depth.)

/// Deeper than any file serde_json accepts (its limit is 128 levels): a
/// scan that gets here is in text no parser read, and stops.
const MAX_DEPTH: usize = 512;

/// What the scanner meets, with byte offsets into the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Event {
    /// `{` or `[` at this offset: a container value starts.
    Open(usize),
    /// A string, number or literal value from `start` to `end` (exclusive).
    Scalar { start: usize, end: usize },
    /// `}` or `]` at this offset: the innermost container ends.
    Close(usize),
}

thread_local! {
    static STEPS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// All the steps scanners on this thread have taken (for the tests that
/// bound the work of a whole parse).
#[doc(hidden)]
pub fn steps_taken() -> u64 {
    STEPS.with(std::cell::Cell::get)
}

struct Frame {
    object: bool,
    /// Length of `Scanner::path` that is this container's own path.
    base: usize,
    index: usize,
    /// Where the last key's string is in the text: decoded only when a
    /// value takes it, so a damaged run of keys costs no allocation.
    key: Option<(usize, usize)>,
    expect_key: bool,
}

struct Scanner<'a> {
    bytes: &'a [u8],
    at: usize,
    /// The path of the value of the last event (for `Close`, the container's).
    path: String,
    open: Vec<Frame>,
    /// Bytes and tokens looked at: the measure of work the tests bound.
    steps: usize,
}

impl<'a> Scanner<'a> {
    fn new(text: &'a str) -> Self {
        Scanner {
            bytes: text.as_bytes(),
            at: 0,
            path: String::new(),
            open: Vec::new(),
            steps: 0,
        }
    }

    /// The path of the innermost container still open, if any.
    fn open_path(&self) -> Option<&str> {
        self.open.last().map(|f| &self.path[..f.base])
    }

    /// Sets `path` to the slot the next value fills in the open container.
    /// A key names one value only: in damaged text (`"k": 1 2 3`) the values
    /// after the first have none, so a long key is never copied per value.
    fn enter_slot(&mut self) {
        let Some(frame) = self.open.last_mut() else {
            self.path.clear();
            return;
        };
        self.path.truncate(frame.base);
        if frame.object {
            if let Some((start, end)) = frame.key.take().filter(|_| !frame.expect_key) {
                if !self.path.is_empty() {
                    self.path.push('.');
                }
                push_key(&mut self.path, &self.bytes[start..end]);
                self.steps += end - start;
            }
        } else {
            use std::fmt::Write;
            let _ = write!(self.path, "[{}]", frame.index);
        }
    }

    fn next_event(&mut self) -> Option<Event> {
        loop {
            self.steps += 1;
            let at = self.at;
            let byte = *self.bytes.get(at)?;
            match byte {
                b'{' | b'[' => {
                    if self.open.len() >= MAX_DEPTH {
                        return None;
                    }
                    self.enter_slot();
                    self.open.push(Frame {
                        object: byte == b'{',
                        base: self.path.len(),
                        index: 0,
                        key: None,
                        expect_key: true,
                    });
                    self.at += 1;
                    return Some(Event::Open(at));
                }
                b'}' | b']' => {
                    self.at += 1;
                    // A stray closing bracket (damaged text) closes nothing.
                    if let Some(frame) = self.open.pop() {
                        self.path.truncate(frame.base);
                        return Some(Event::Close(at));
                    }
                }
                b',' => {
                    self.at += 1;
                    if let Some(frame) = self.open.last_mut() {
                        if frame.object {
                            frame.expect_key = true;
                            frame.key = None;
                        } else {
                            frame.index += 1;
                        }
                    }
                }
                b':' => {
                    self.at += 1;
                    if let Some(frame) = self.open.last_mut() {
                        frame.expect_key = false;
                    }
                }
                b'"' => {
                    let end = self.string_end(at);
                    self.at = end;
                    if let Some(frame) = self.open.last_mut().filter(|f| f.object && f.expect_key) {
                        frame.key = Some((at, end));
                        continue;
                    }
                    self.enter_slot();
                    return Some(Event::Scalar { start: at, end });
                }
                b if b.is_ascii_whitespace() => self.at += 1,
                _ => {
                    let mut end = at + 1;
                    while end < self.bytes.len()
                        && !matches!(
                            self.bytes[end],
                            b',' | b':' | b'{' | b'}' | b'[' | b']' | b'"'
                        )
                        && !self.bytes[end].is_ascii_whitespace()
                    {
                        end += 1;
                    }
                    self.steps += end - at;
                    self.at = end;
                    self.enter_slot();
                    return Some(Event::Scalar { start: at, end });
                }
            }
        }
    }

    /// Just past the string that starts at `start` (a `"`), or the end of
    /// the text for a string cut short.
    fn string_end(&mut self, start: usize) -> usize {
        let b = self.bytes;
        let mut i = start + 1;
        while i < b.len() {
            match b[i] {
                b'\\' => i += 2,
                b'"' => {
                    i += 1;
                    break;
                }
                _ => i += 1,
            }
        }
        let end = i.min(b.len());
        self.steps += end - start;
        end
    }
}

impl Drop for Scanner<'_> {
    fn drop(&mut self) {
        let steps = self.steps as u64;
        STEPS.with(|s| s.set(s.get() + steps));
    }
}

/// Appends a key (its string, quotes and all) as the path shows it:
/// unescaped where it is valid JSON. A key without escapes, nearly every
/// one, is copied straight from the text.
fn push_key(path: &mut String, raw: &[u8]) {
    let inner = raw.strip_prefix(b"\"").unwrap_or(raw);
    let inner = inner.strip_suffix(b"\"").unwrap_or(inner);
    match std::str::from_utf8(inner) {
        Ok(plain) if !plain.contains('\\') => path.push_str(plain),
        _ => path.push_str(
            &serde_json::from_slice::<String>(raw)
                .unwrap_or_else(|_| String::from_utf8_lossy(inner).into_owned()),
        ),
    }
}

/// The byte offset of 1-based `line` and `column`, clamped to the text.
fn offset_of(text: &str, line: usize, column: usize) -> Option<usize> {
    let line_start = if line <= 1 {
        0
    } else {
        text.match_indices('\n').nth(line - 2)?.0 + 1
    };
    Some((line_start + column.saturating_sub(1)).min(text.len()))
}

/// The JSON path of the innermost value at 1-based `line` and `column`
/// (a value's span includes its closing bracket and the position just
/// after it, where serde_json reports a value that does not fit).
pub fn path_at(text: &str, line: usize, column: usize) -> Option<String> {
    path_at_counting(text, line, column).0
}

/// [`path_at`], and the steps it took (for the tests that bound its work).
#[doc(hidden)]
pub fn path_at_counting(text: &str, line: usize, column: usize) -> (Option<String>, usize) {
    let Some(mut offset) = offset_of(text, line, column) else {
        return (None, 0);
    };
    // serde_json may report a value that does not fit after it has looked
    // past the separator that follows it: step back to the value's end.
    let bytes = text.as_bytes();
    let mut back = 0;
    while offset > 0
        && (offset >= bytes.len() || matches!(bytes[offset], b' ' | b'\n' | b'\r' | b'\t' | b','))
    {
        offset -= 1;
        back += 1;
    }
    let mut scan = Scanner::new(text);
    let found = loop {
        match scan.next_event() {
            None => break scan.open_path().map(str::to_owned),
            Some(Event::Open(at)) if at > offset => break scan.open_path().map(str::to_owned),
            Some(Event::Open(_)) => {}
            Some(Event::Scalar { start, .. }) if start > offset => {
                break scan.open_path().map(str::to_owned)
            }
            Some(Event::Scalar { end, .. }) => {
                if end >= offset {
                    break Some(scan.path.clone());
                }
            }
            Some(Event::Close(at)) => {
                if at + 1 >= offset {
                    break Some(scan.path.clone());
                }
            }
        }
    };
    (found, scan.steps + back)
}

/// The 1-based line and column where the value at each of `paths` starts,
/// in one pass over the text; `None` where a path is not there.
pub fn locate_all(text: &str, paths: &[&str]) -> Vec<Option<(usize, usize)>> {
    locate_all_counting(text, paths).0
}

/// [`locate_all`], and the steps it took (for the tests that bound its work).
///
/// The wanted paths are a trie of bytes; each open container keeps the trie
/// node its own path reached, so each value costs only its own key or
/// index, never its whole path (a long key above many values would
/// otherwise make the search quadratic).
#[doc(hidden)]
pub fn locate_all_counting(text: &str, paths: &[&str]) -> (Vec<Option<(usize, usize)>>, usize) {
    use std::collections::HashMap;
    // The trie: children by byte, and which paths end at each node.
    let mut children: Vec<HashMap<u8, usize>> = vec![HashMap::new()];
    let mut ends: Vec<Vec<usize>> = vec![Vec::new()];
    for (i, path) in paths.iter().enumerate() {
        let mut node = 0;
        for &b in path.as_bytes() {
            node = match children[node].get(&b) {
                Some(&next) => next,
                None => {
                    children.push(HashMap::new());
                    ends.push(Vec::new());
                    let next = children.len() - 1;
                    children[node].insert(b, next);
                    next
                }
            };
        }
        ends[node].push(i);
    }
    let mut left = ends.iter().filter(|e| !e.is_empty()).count();
    let mut offsets: Vec<Option<usize>> = vec![None; paths.len()];
    let mut scan = Scanner::new(text);
    // The trie node of each open container's own path (None: no wanted
    // path starts so), parallel to the scanner's stack.
    let mut nodes: Vec<Option<usize>> = Vec::new();
    let mut extra = 0usize;
    while left > 0 {
        let (start, opened) = match scan.next_event() {
            None => break,
            Some(Event::Open(at)) => (at, true),
            Some(Event::Scalar { start, .. }) => (start, false),
            Some(Event::Close(_)) => {
                nodes.pop();
                continue;
            }
        };
        let depth = scan.open.len() - usize::from(opened);
        let parent_base = if depth == 0 {
            0
        } else {
            scan.open[depth - 1].base
        };
        let parent = if depth == 0 {
            Some(0)
        } else {
            nodes[depth - 1]
        };
        // Walk the trie over the part of the path this value adds.
        let mut node = parent;
        for &b in &scan.path.as_bytes()[parent_base.min(scan.path.len())..] {
            extra += 1;
            node = node.and_then(|n| children[n].get(&b).copied());
            if node.is_none() {
                break;
            }
        }
        if let Some(n) = node {
            if !ends[n].is_empty() {
                for &i in &ends[n] {
                    offsets[i].get_or_insert(start);
                }
                ends[n].clear();
                left -= 1;
            }
        }
        if opened {
            nodes.push(node);
        }
    }
    scan.steps += extra;
    let mut steps = scan.steps;
    // Offsets to lines and columns, in one more pass.
    let mut order: Vec<usize> = (0..paths.len()).filter(|&i| offsets[i].is_some()).collect();
    order.sort_by_key(|&i| offsets[i]);
    let mut positions = vec![None; paths.len()];
    let (mut line, mut line_start, mut scanned) = (1, 0, 0);
    for i in order {
        let offset = offsets[i].unwrap_or(0);
        for (j, &b) in text.as_bytes()[scanned..offset].iter().enumerate() {
            if b == b'\n' {
                line += 1;
                line_start = scanned + j + 1;
            }
        }
        steps += offset - scanned;
        scanned = offset;
        positions[i] = Some((line, offset - line_start + 1));
    }
    (positions, steps)
}

/// The 1-based line and column where the value at `path` starts.
pub fn locate(text: &str, path: &str) -> Option<(usize, usize)> {
    locate_all(text, &[path]).pop().flatten()
}

/// The top-level `format` value, read without parsing the rest of the text:
/// `Some(Ok(name))` for a string, `Some(Err(()))` for another value,
/// `None` when the text names none before it ends or breaks off.
pub fn top_level_format(text: &str) -> Option<Result<String, ()>> {
    let mut scan = Scanner::new(text);
    loop {
        match scan.next_event()? {
            Event::Scalar { start, end } if scan.open.len() == 1 && scan.path == "format" => {
                return Some(
                    serde_json::from_slice::<String>(&text.as_bytes()[start..end]).map_err(|_| ()),
                );
            }
            Event::Open(_) if scan.open.len() == 2 && scan.path == "format" => {
                return Some(Err(()))
            }
            Event::Close(_) if scan.open.is_empty() => return None,
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_path_of_a_position_is_its_innermost_value() {
        let text = "{\"a\": [1, {\"b\": true}], \"c\": \"x\"}";
        let at = |needle: &str| text.find(needle).unwrap() + 1;
        assert_eq!(path_at(text, 1, at("true")).as_deref(), Some("a[1].b"));
        assert_eq!(path_at(text, 1, at("1,")).as_deref(), Some("a[0]"));
        assert_eq!(path_at(text, 1, at("\"x\"")).as_deref(), Some("c"));
        // On a key: the object that holds it.
        assert_eq!(path_at(text, 1, at("\"b\"")).as_deref(), Some("a[1]"));
        // Just past a closing bracket: the container it closes.
        assert_eq!(path_at(text, 1, at("}]") + 1).as_deref(), Some("a[1]"));
    }

    #[test]
    fn a_string_cut_short_or_stray_brackets_still_end_the_scan() {
        for text in [
            "{\"a\": \"never closed",
            "[}}}]]]",
            "{\"a\" [1 2 }",
            ":,:,\"",
            "[[[[[[",
        ] {
            for column in 1..=text.len() + 2 {
                let (_, steps) = path_at_counting(text, 1, column);
                assert!(
                    steps <= 3 * text.len() + 4,
                    "{text} at {column}: {steps} steps"
                );
            }
        }
    }

    #[test]
    fn a_long_key_before_many_stray_values_is_copied_once() {
        // Damaged text: one key, then values with none (the fuzzer's find).
        let text = format!("{{\"{}\": {}}}", "k".repeat(10_000), "1 ".repeat(10_000));
        let (path, steps) = path_at_counting(&text, 1, text.len() - 2);
        assert_eq!(
            path.as_deref(),
            Some(""),
            "a stray value belongs to the object"
        );
        assert!(
            steps <= 3 * text.len(),
            "{steps} steps for {} bytes",
            text.len()
        );
        let (_, steps) = locate_all_counting(&text, &[&"k".repeat(10_000), "x"]);
        assert!(
            steps <= 4 * text.len(),
            "{steps} steps for {} bytes",
            text.len()
        );
    }

    #[test]
    fn paths_are_located_in_one_pass() {
        let text = "{\n  \"a\": \"}{[\",\n  \"b\": [ {\"c\": 1}, {\"c\": [true, 22]} ]\n}";
        assert_eq!(
            locate_all(text, &["b[1].c[1]", "a", "b[2]", "zz", "a"]),
            vec![Some((3, 33)), Some((2, 8)), None, None, Some((2, 8))]
        );
    }

    #[test]
    fn the_format_is_read_from_the_head_of_a_damaged_file() {
        let head = "{\"format\": \"kompetenskoll/demand@1\", \"title\": \"cut";
        assert_eq!(
            top_level_format(head),
            Some(Ok("kompetenskoll/demand@1".into()))
        );
        assert_eq!(top_level_format("{\"a\": {\"format\": \"x\"}}"), None);
        assert_eq!(top_level_format("{\"format\": 3}"), Some(Err(())));
        assert_eq!(top_level_format("{\"format\": {}}"), Some(Err(())));
    }
}
