//! The byte wire format the fields are written in: bytes, LEB128 varints,
//! strings, sorted positions as gaps. Reading is bounded by the bytes
//! left, so damaged input can neither panic nor loop long.

#[derive(Default)]
pub(super) struct Writer(pub(super) Vec<u8>);

impl Writer {
    pub(super) fn u8(&mut self, b: u8) {
        self.0.push(b);
    }

    pub(super) fn bytes(&mut self, b: &[u8]) {
        self.0.extend_from_slice(b);
    }

    /// LEB128.
    pub(super) fn varint(&mut self, mut v: u32) {
        while v >= 0x80 {
            self.0.push((v as u8) | 0x80);
            v >>= 7;
        }
        self.0.push(v as u8);
    }

    pub(super) fn str(&mut self, s: &str) {
        self.varint(s.len() as u32);
        self.bytes(s.as_bytes());
    }

    /// Sorted positions as their count and the gaps between them.
    pub(super) fn gaps(&mut self, sorted: &[usize]) {
        self.varint(sorted.len() as u32);
        let mut next = 0;
        for &i in sorted {
            self.varint((i - next) as u32);
            next = i + 1;
        }
    }
}

pub(super) struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    pub(super) fn new(bytes: &'a [u8]) -> Self {
        Reader { bytes, at: 0 }
    }

    pub(super) fn done(&self) -> bool {
        self.at == self.bytes.len()
    }

    pub(super) fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let end = self.at.checked_add(n)?;
        let out = self.bytes.get(self.at..end)?;
        self.at = end;
        Some(out)
    }

    pub(super) fn u8(&mut self) -> Option<u8> {
        self.take(1).map(|b| b[0])
    }

    pub(super) fn varint(&mut self) -> Option<u32> {
        let mut v: u32 = 0;
        for shift in (0..35).step_by(7) {
            let b = self.u8()?;
            v |= u32::from(b & 0x7f).checked_shl(shift)?;
            if b & 0x80 == 0 {
                return Some(v);
            }
        }
        None
    }

    /// A count of entries, each at least one byte long: never more than
    /// the bytes left, so a damaged count cannot make a long loop.
    pub(super) fn count(&mut self) -> Option<usize> {
        let n = self.varint()? as usize;
        (n <= self.bytes.len() - self.at).then_some(n)
    }

    pub(super) fn read_gaps(&mut self) -> Option<Vec<usize>> {
        let mut next = 0usize;
        (0..self.count()?)
            .map(|_| {
                let i = next.checked_add(self.varint()? as usize)?;
                next = i.checked_add(1)?;
                Some(i)
            })
            .collect()
    }

    pub(super) fn str(&mut self) -> Option<String> {
        let n = self.varint()? as usize;
        String::from_utf8(self.take(n)?.to_vec()).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn varints_strings_and_gaps_read_back() {
        let mut w = Writer::default();
        w.varint(0);
        w.varint(300);
        w.varint(u32::MAX);
        w.str("Undersköterska");
        w.gaps(&[2, 3, 10]);
        let mut r = Reader::new(&w.0);
        assert_eq!(r.varint(), Some(0));
        assert_eq!(r.varint(), Some(300));
        assert_eq!(r.varint(), Some(u32::MAX));
        assert_eq!(r.str().as_deref(), Some("Undersköterska"));
        assert_eq!(r.read_gaps(), Some(vec![2, 3, 10]));
        assert!(r.done());
    }

    #[test]
    fn a_damaged_count_cannot_outrun_the_bytes() {
        // A count of 1,000 entries with three bytes left is refused.
        let mut w = Writer::default();
        w.varint(1_000);
        w.bytes(&[1, 2, 3]);
        assert_eq!(Reader::new(&w.0).count(), None);
        // A varint that never ends is no number.
        assert_eq!(Reader::new(&[0xff; 6]).varint(), None);
        assert_eq!(Reader::new(&[]).u8(), None);
    }
}
