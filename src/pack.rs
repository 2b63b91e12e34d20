//! A compact binary serde format: how the comparison worker hands a [`Comparison`] back to the
//! page (`src/web/worker.rs`), as bytes instead of a JavaScript object.
//!
//! Why a format of our own: reading the comparison back with `serde-wasm-bindgen` instantiates
//! serde's self-describing path for the whole model (field names matched one by one, JavaScript
//! property reads, error formatting), about 8 KB of the gzipped wasm. Here structs are plain
//! sequences, so only the derived `visit_seq` code is used: with the writer the worker needs,
//! the bundle is about 4 KB (gzip) smaller than with the JavaScript object. `postcard`, the well-kept crate of
//! this kind, does not fit: it drops the fields that `#[serde(skip_serializing_if = ...)]`
//! skips (`Group::by_hand`, `Comparison::facts`, `Comparison::related`, `FactRow::diff`), and
//! a positional reader then misreads everything after them (postcard issues 122 and 125). Those
//! attributes shape the stable JSON schema, so the model keeps them and this format handles
//! them instead.
//!
//! The encoding, which is not self-describing (both sides must know the type):
//! - unsigned integers as LEB128 varints, signed ones zigzag-encoded first; `f32`/`f64` as
//!   little-endian bits; `bool` as one byte; `char` as a varint of its scalar value;
//! - strings and byte strings as a varint length and the bytes;
//! - `None` as 0, `Some(v)` as 1 and `v`; sequences and maps as a varint length and the items;
//! - a struct's fields in order, each with a 1 before it, or a lone 0 for a field that the
//!   serializer skipped; the reader hands the type "no element" for it, and the derived
//!   `visit_seq` uses the field's default (so a skippable field needs `#[serde(default)]`, as
//!   the JSON format needs it too);
//! - an enum variant as a varint of its index, then its content.
//!
//! Reading never panics: damaged or truncated bytes give an [`Error`].
//!
//! [`Comparison`]: crate::engine::Comparison

use std::fmt;

use serde::de::{self, DeserializeOwned, DeserializeSeed, IntoDeserializer, Visitor};
use serde::ser::{self, Serialize};

/// Bytes that could not be read as the type asked for (damaged, truncated, or of another type),
/// or a value that this format cannot write (a sequence of unknown length). It carries no
/// detail: formatting serde's messages would cost code in the bundle, and the bytes come from
/// the same build, so a failure means damaged data anyway.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Error;

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("damaged packed data")
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(_: T) -> Self {
        Error
    }
}

impl de::Error for Error {
    fn custom<T: fmt::Display>(_: T) -> Self {
        Error
    }
}

type Result<T> = std::result::Result<T, Error>;

/// `value` packed into bytes.
pub fn to_bytes<T: Serialize + ?Sized>(value: &T) -> Result<Vec<u8>> {
    let mut packer = Packer(Vec::new());
    value.serialize(&mut packer)?;
    Ok(packer.0)
}

/// The value packed in `bytes` (all of them).
pub fn from_bytes<T: DeserializeOwned>(bytes: &[u8]) -> Result<T> {
    let mut unpacker = Unpacker(bytes);
    let value = T::deserialize(&mut unpacker)?;
    match unpacker.0.is_empty() {
        true => Ok(value),
        false => Err(Error),
    }
}

struct Packer(Vec<u8>);

// The writers are called from every field of every type: kept out of line, they are written once.
impl Packer {
    #[inline(never)]
    fn push(&mut self, byte: u8) {
        self.0.push(byte);
    }

    #[inline(never)]
    fn varint(&mut self, mut v: u64) {
        while v >= 0x80 {
            self.0.push(v as u8 | 0x80);
            v >>= 7;
        }
        self.0.push(v as u8);
    }

    #[inline(never)]
    fn bytes(&mut self, bytes: &[u8]) {
        self.varint(bytes.len() as u64);
        self.0.extend_from_slice(bytes);
    }

    fn len(&mut self, len: Option<usize>) -> Result<&mut Self> {
        self.varint(len.ok_or(Error)? as u64);
        Ok(self)
    }
}

impl ser::Serializer for &mut Packer {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Self;
    type SerializeTuple = Self;
    type SerializeTupleStruct = Self;
    type SerializeTupleVariant = Self;
    type SerializeMap = Self;
    type SerializeStruct = Self;
    type SerializeStructVariant = Self;

    fn serialize_bool(self, v: bool) -> Result<()> {
        self.push(v as u8);
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result<()> {
        self.serialize_i64(v.into())
    }
    fn serialize_i16(self, v: i16) -> Result<()> {
        self.serialize_i64(v.into())
    }
    fn serialize_i32(self, v: i32) -> Result<()> {
        self.serialize_i64(v.into())
    }
    fn serialize_i64(self, v: i64) -> Result<()> {
        self.varint(((v << 1) ^ (v >> 63)) as u64);
        Ok(())
    }
    fn serialize_u8(self, v: u8) -> Result<()> {
        self.serialize_u64(v.into())
    }
    fn serialize_u16(self, v: u16) -> Result<()> {
        self.serialize_u64(v.into())
    }
    fn serialize_u32(self, v: u32) -> Result<()> {
        self.serialize_u64(v.into())
    }
    fn serialize_u64(self, v: u64) -> Result<()> {
        self.varint(v);
        Ok(())
    }
    fn serialize_f32(self, v: f32) -> Result<()> {
        self.0.extend_from_slice(&v.to_le_bytes());
        Ok(())
    }
    fn serialize_f64(self, v: f64) -> Result<()> {
        self.0.extend_from_slice(&v.to_le_bytes());
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<()> {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_str(self, v: &str) -> Result<()> {
        self.bytes(v.as_bytes());
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<()> {
        self.bytes(v);
        Ok(())
    }
    fn serialize_none(self) -> Result<()> {
        self.serialize_bool(false)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<()> {
        self.push(1);
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<()> {
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<()> {
        Ok(())
    }
    fn serialize_unit_variant(self, _: &'static str, index: u32, _: &'static str) -> Result<()> {
        self.serialize_u32(index)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, value: &T) -> Result<()> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        index: u32,
        _: &'static str,
        value: &T,
    ) -> Result<()> {
        self.varint(index.into());
        value.serialize(self)
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<Self> {
        self.len(len)
    }
    fn serialize_tuple(self, _: usize) -> Result<Self> {
        Ok(self)
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Self> {
        Ok(self)
    }
    fn serialize_tuple_variant(self, _: &'static str, index: u32, _: &'static str, _: usize) -> Result<Self> {
        self.varint(index.into());
        Ok(self)
    }
    fn serialize_map(self, len: Option<usize>) -> Result<Self> {
        self.len(len)
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self> {
        Ok(self)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        index: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self> {
        self.varint(index.into());
        Ok(self)
    }
}

impl ser::SerializeSeq for &mut Packer {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
        value.serialize(&mut **self)
    }
    fn end(self) -> Result<()> {
        Ok(())
    }
}

impl ser::SerializeTuple for &mut Packer {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
        value.serialize(&mut **self)
    }
    fn end(self) -> Result<()> {
        Ok(())
    }
}

impl ser::SerializeTupleStruct for &mut Packer {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
        value.serialize(&mut **self)
    }
    fn end(self) -> Result<()> {
        Ok(())
    }
}

impl ser::SerializeTupleVariant for &mut Packer {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
        value.serialize(&mut **self)
    }
    fn end(self) -> Result<()> {
        Ok(())
    }
}

impl ser::SerializeMap for &mut Packer {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<()> {
        key.serialize(&mut **self)
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
        value.serialize(&mut **self)
    }
    fn end(self) -> Result<()> {
        Ok(())
    }
}

impl ser::SerializeStruct for &mut Packer {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, _: &'static str, value: &T) -> Result<()> {
        self.push(1);
        value.serialize(&mut **self)
    }
    fn skip_field(&mut self, _: &'static str) -> Result<()> {
        self.push(0);
        Ok(())
    }
    fn end(self) -> Result<()> {
        Ok(())
    }
}

impl ser::SerializeStructVariant for &mut Packer {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<()> {
        ser::SerializeStruct::serialize_field(self, key, value)
    }
    fn skip_field(&mut self, key: &'static str) -> Result<()> {
        ser::SerializeStruct::skip_field(self, key)
    }
    fn end(self) -> Result<()> {
        Ok(())
    }
}

/// Reads from the bytes not read yet.
struct Unpacker<'de>(&'de [u8]);

impl<'de> Unpacker<'de> {
    fn take(&mut self, n: usize) -> Result<&'de [u8]> {
        if n > self.0.len() {
            return Err(Error);
        }
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Ok(head)
    }

    fn byte(&mut self) -> Result<u8> {
        Ok(self.take(1)?[0])
    }

    fn varint(&mut self) -> Result<u64> {
        let mut value = 0;
        for shift in (0..64).step_by(7) {
            let byte = self.byte()?;
            value |= u64::from(byte & 0x7f) << shift;
            if byte < 0x80 {
                return Ok(value);
            }
        }
        Err(Error)
    }

    fn len(&mut self) -> Result<usize> {
        usize::try_from(self.varint()?).map_err(|_| Error)
    }

    fn bytes(&mut self) -> Result<&'de [u8]> {
        let len = self.len()?;
        self.take(len)
    }

    fn str(&mut self) -> Result<&'de str> {
        std::str::from_utf8(self.bytes()?).map_err(|_| Error)
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N]> {
        self.take(N)?.try_into().map_err(|_| Error)
    }

    /// A flag byte: 0 or 1.
    fn flag(&mut self) -> Result<bool> {
        match self.byte()? {
            0 => Ok(false),
            1 => Ok(true),
            _ => Err(Error),
        }
    }

    fn items(&mut self, left: usize, fields: bool) -> Items<'_, 'de> {
        Items { unpacker: self, left, fields }
    }
}

impl<'de> de::Deserializer<'de> for &mut Unpacker<'de> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value> {
        Err(Error)
    }
    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_bool(self.flag()?)
    }
    fn deserialize_i8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_i64(visitor)
    }
    fn deserialize_i16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_i64(visitor)
    }
    fn deserialize_i32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_i64(visitor)
    }
    fn deserialize_i64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        let zigzag = self.varint()?;
        visitor.visit_i64((zigzag >> 1) as i64 ^ -((zigzag & 1) as i64))
    }
    fn deserialize_u8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_u64(visitor)
    }
    fn deserialize_u16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_u64(visitor)
    }
    fn deserialize_u32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_u64(visitor)
    }
    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_u64(self.varint()?)
    }
    fn deserialize_f32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_f32(f32::from_le_bytes(self.array()?))
    }
    fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_f64(f64::from_le_bytes(self.array()?))
    }
    fn deserialize_char<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        let scalar = u32::try_from(self.varint()?).ok().and_then(char::from_u32);
        visitor.visit_char(scalar.ok_or(Error)?)
    }
    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_borrowed_str(self.str()?)
    }
    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_str(visitor)
    }
    fn deserialize_bytes<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_borrowed_bytes(self.bytes()?)
    }
    fn deserialize_byte_buf<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_bytes(visitor)
    }
    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match self.flag()? {
            false => visitor.visit_none(),
            true => visitor.visit_some(self),
        }
    }
    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_unit()
    }
    fn deserialize_unit_struct<V: Visitor<'de>>(self, _: &'static str, visitor: V) -> Result<V::Value> {
        visitor.visit_unit()
    }
    fn deserialize_newtype_struct<V: Visitor<'de>>(self, _: &'static str, visitor: V) -> Result<V::Value> {
        visitor.visit_newtype_struct(self)
    }
    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        let len = self.len()?;
        visitor.visit_seq(self.items(len, false))
    }
    fn deserialize_tuple<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value> {
        visitor.visit_seq(self.items(len, false))
    }
    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        len: usize,
        visitor: V,
    ) -> Result<V::Value> {
        self.deserialize_tuple(len, visitor)
    }
    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        let len = self.len()?;
        visitor.visit_map(self.items(len, false))
    }
    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        visitor.visit_seq(self.items(fields.len(), true))
    }
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        visitor.visit_enum(self)
    }
    fn deserialize_identifier<V: Visitor<'de>>(self, _: V) -> Result<V::Value> {
        Err(Error)
    }
    fn deserialize_ignored_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value> {
        Err(Error)
    }
}

/// The items of a sequence, tuple or map, or the fields of a struct (`fields`: each with its
/// present-or-skipped flag).
struct Items<'a, 'de> {
    unpacker: &'a mut Unpacker<'de>,
    left: usize,
    fields: bool,
}

impl<'de> de::SeqAccess<'de> for Items<'_, 'de> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>> {
        if self.left == 0 {
            return Ok(None);
        }
        self.left -= 1;
        if self.fields && !self.unpacker.flag()? {
            return Ok(None); // a skipped field: the derived code uses its default
        }
        seed.deserialize(&mut *self.unpacker).map(Some)
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.left)
    }
}

impl<'de> de::MapAccess<'de> for Items<'_, 'de> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>> {
        if self.left == 0 {
            return Ok(None);
        }
        self.left -= 1;
        seed.deserialize(&mut *self.unpacker).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value> {
        seed.deserialize(&mut *self.unpacker)
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.left)
    }
}

impl<'de> de::EnumAccess<'de> for &mut Unpacker<'de> {
    type Error = Error;
    type Variant = Self;

    fn variant_seed<V: DeserializeSeed<'de>>(self, seed: V) -> Result<(V::Value, Self)> {
        let index = u32::try_from(self.varint()?).map_err(|_| Error)?;
        let variant = seed.deserialize(IntoDeserializer::<Error>::into_deserializer(index))?;
        Ok((variant, self))
    }
}

impl<'de> de::VariantAccess<'de> for &mut Unpacker<'de> {
    type Error = Error;

    fn unit_variant(self) -> Result<()> {
        Ok(())
    }
    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value> {
        seed.deserialize(self)
    }
    fn tuple_variant<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value> {
        de::Deserializer::deserialize_tuple(self, len, visitor)
    }
    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        visitor.visit_seq(self.items(fields.len(), true))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::corrections::Correction;
    use crate::engine::{compare, AccountInput, ByHand, Comparison, Options};
    use serde::{Deserialize, Serialize};

    fn accounts(texts: &[(&str, &str)]) -> Vec<AccountInput> {
        texts
            .iter()
            .map(|(label, text)| AccountInput { label: label.to_string(), text: text.to_string() })
            .collect()
    }

    /// Three invented accounts of a ferry rescue: numbers, times and quotes that disagree, and a
    /// lead sentence that sums up two body sentences (related links).
    fn ferry_accounts() -> Vec<AccountInput> {
        accounts(&[
            (
                "Coast Gazette",
                "Rescuers pulled 48 passengers from a ferry that ran aground off Kell Island on \
                 Sunday, and two crew members are still missing. The harbour master said the \
                 vessel struck rocks at 6:40 a.m. in thick fog. \"We had no warning at all,\" the \
                 captain told reporters. The ferry was carrying 51 people. Divers will search \
                 the hull on Monday.",
            ),
            (
                "Island Radio",
                "The ferry struck rocks off Kell Island at about 7 a.m. on Sunday. More than 50 \
                 passengers were rescued by lifeboats. The captain said: \"There was no warning \
                 whatsoever.\" Three crew members have not been found. Weather was calm, \
                 according to the coastguard.",
            ),
            (
                "Daily Ledger",
                "A ferry ran aground near Kell Island on Saturday night. The coastguard said 48 \
                 passengers were rescued. Officials have not named the vessel.",
            ),
        ])
    }

    /// Two invented accounts of a storm: a lead that sums up four body sentences (related links)
    /// and a quote in other words (a fact row with a word diff).
    fn storm_accounts() -> Vec<AccountInput> {
        accounts(&[
            (
                "Valley Post",
                "Storms closed the Harwick ferry terminal, cut power to Elm Valley, shut Norbury \
                 schools and flooded Castleton homes on Thursday. \"The river rose faster than \
                 anyone expected,\" the mayor said.",
            ),
            (
                "Norbury Herald",
                "Storms closed the Harwick ferry terminal on Thursday. Storms cut power to Elm \
                 Valley on Thursday. Storms shut Norbury schools on Thursday. Storms flooded \
                 Castleton homes on Thursday. \"The river rose much faster than we expected,\" \
                 the mayor said. Insurers began counting the cost.",
            ),
        ])
    }

    fn round_trip(comparison: &Comparison) {
        let bytes = to_bytes(comparison).unwrap();
        let back: Comparison = from_bytes(&bytes).unwrap();
        assert_eq!(&back, comparison);
    }

    #[test]
    fn comparisons_round_trip() {
        let ferry = compare(&ferry_accounts(), &Options::default());
        let storm = compare(&storm_accounts(), &Options::default());
        assert!(!ferry.facts.is_empty() && ferry.groups.iter().any(|g| !g.divergences.is_empty()));
        assert!(!storm.related.is_empty(), "the storm has related links");
        assert!(storm.facts.iter().any(|row| !row.diff.is_empty()), "and a quote diff");
        assert!(storm.facts.iter().any(|row| row.diff.is_empty()), "and rows without one");
        round_trip(&ferry);
        round_trip(&storm);
        round_trip(&compare(&ferry_accounts(), &Options { reference: 2, corrections: vec![] }));

        // No facts, no related links: the skipped vectors come back empty.
        let plain = compare(
            &accounts(&[
                ("One", "The museum opened a new wing. Visitors praised the light."),
                ("Two", "A new wing opened at the museum. The café was crowded."),
            ]),
            &Options::default(),
        );
        assert!(plain.facts.is_empty() && plain.related.is_empty());
        round_trip(&plain);
    }

    #[test]
    fn groups_changed_by_hand_round_trip() {
        let inputs = ferry_accounts();
        let ferry = compare(&inputs, &Options::default());
        // Link the Daily Ledger's last sentence to the Gazette's first, and unlink another.
        let ledger_last = ferry.accounts[2].sentences.last().unwrap().start;
        let radio_first = ferry.accounts[1].sentences[0].start;
        let corrections = vec![
            Correction::Link { account: 0, at: 0, other: 2, other_at: ledger_last },
            Correction::Unlink { account: 0, at: 0, other: 1, other_at: radio_first },
        ];
        let corrected = compare(&inputs, &Options { reference: 0, corrections });
        assert!(corrected.groups.iter().any(|g| g.by_hand == Some(ByHand::Linked)));
        assert!(corrected.groups.iter().any(|g| g.by_hand.is_none()));
        round_trip(&corrected);
    }

    #[test]
    fn skipped_fields_come_back_as_their_defaults() {
        #[derive(Debug, PartialEq, Serialize, Deserialize)]
        struct Sparse {
            first: u8,
            #[serde(default, skip_serializing_if = "Option::is_none")]
            middle: Option<String>,
            #[serde(default, skip_serializing_if = "Vec::is_empty")]
            list: Vec<i32>,
            last: char,
        }
        for value in [
            Sparse { first: 1, middle: None, list: vec![], last: 'é' },
            Sparse { first: 2, middle: Some("x".into()), list: vec![-3, 0, 70000], last: 'z' },
        ] {
            assert_eq!(from_bytes::<Sparse>(&to_bytes(&value).unwrap()), Ok(value));
        }
        // A field without a default cannot be skipped.
        assert!(from_bytes::<Sparse>(&[0, 0, 0, 0]).is_err());
    }

    #[test]
    fn other_shapes_round_trip() {
        #[derive(Debug, PartialEq, Serialize, Deserialize)]
        enum Shape {
            Unit,
            New(i64),
            Tuple(u16, bool),
            Fields { a: f32, b: Option<f64> },
        }
        let value = (
            vec![Shape::Unit, Shape::New(i64::MIN), Shape::New(-1), Shape::Tuple(65535, true)],
            Shape::Fields { a: 1.5, b: Some(-0.25) },
            std::collections::BTreeMap::from([("k".to_string(), u64::MAX)]),
            (),
        );
        type Value = (Vec<Shape>, Shape, std::collections::BTreeMap<String, u64>, ());
        assert_eq!(from_bytes::<Value>(&to_bytes(&value).unwrap()), Ok(value));
    }

    #[test]
    fn damaged_bytes_give_an_error() {
        let bytes = to_bytes(&compare(&ferry_accounts(), &Options::default())).unwrap();
        for len in 0..bytes.len() {
            assert!(from_bytes::<Comparison>(&bytes[..len]).is_err(), "truncated to {len} bytes");
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(from_bytes::<Comparison>(&longer).is_err());
        // Every byte flipped in turn, and pseudo-random garbage: an error or some value, never a panic.
        for at in 0..bytes.len() {
            let mut damaged = bytes.clone();
            damaged[at] ^= 0xff;
            let _ = from_bytes::<Comparison>(&damaged);
        }
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        for len in [1, 2, 7, 64, 1000] {
            for _ in 0..200 {
                let garbage: Vec<u8> = (0..len)
                    .map(|_| {
                        state ^= state << 13;
                        state ^= state >> 7;
                        state ^= state << 17;
                        state as u8
                    })
                    .collect();
                let _ = from_bytes::<Comparison>(&garbage);
            }
        }
        // A huge length does not allocate or read past the end.
        assert!(from_bytes::<Vec<u8>>(&[0xff, 0xff, 0xff, 0xff, 0x0f]).is_err());
        assert!(from_bytes::<String>(&[0x80; 11]).is_err());
        assert!(from_bytes::<serde_json::Value>(&[1]).is_err(), "self-describing reads fail");
    }

    #[test]
    fn json_output_is_unchanged_by_the_serde_attributes() {
        // The model keeps its skip attributes: an unmarked group has no `by_hand` key in JSON.
        let comparison = compare(&ferry_accounts(), &Options::default());
        let json = serde_json::to_value(&comparison).unwrap();
        assert!(json["groups"].as_array().unwrap().iter().all(|g| g.get("by_hand").is_none()));
    }
}
